/**
 * The drawn plans of invented places (story/plans/), in their own source and layers, over the
 * basemap and under the journey: fills for streets, sidewalks, shops and the mural, stripes for
 * crosswalks, dots for the payphone and trees; labels as HTML (bilingual, no glyphs needed), all
 * only from the zoom where the plan can be read. Kept apart from the basemap's layers.
 */
import { Marker, type Map as MapLibreMap } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import type { Lang, LonLat } from '@/content/schema';
import type { Plan } from '@/content/plan-schema';
import { PLAN_COLOURS, planCaptionAt, planFeatures, planLabels } from '@/lib/plans/plan-geometry';
import { clampOffset, overlaps, type Rect } from './label-walls';

export const PLAN_SOURCE = 'story-plans';
const BEFORE = 'route-ahead-line';

export interface PlacedPlan {
  plan: Plan;
  pin: LonLat;
}

const colourByKind = ['match', ['get', 'kind'], ...Object.entries(PLAN_COLOURS).flat(), '#d9ccb4'];

function allFeatures(plans: readonly PlacedPlan[]): FeatureCollection {
  return { type: 'FeatureCollection', features: plans.flatMap(({ plan, pin }) => planFeatures(plan, pin).features) };
}

/** Adds the plans' source and layers once per style (idempotent), at map zoom `minzoom` and closer. */
export function addPlanLayers(map: MapLibreMap, plans: readonly PlacedPlan[], minzoom: number): void {
  if (plans.length === 0 || map.getSource(PLAN_SOURCE)) return;
  map.addSource(PLAN_SOURCE, { type: 'geojson', data: allFeatures(plans) });
  const before = map.getLayer(BEFORE) ? BEFORE : undefined;
  const polygons = ['==', ['geometry-type'], 'Polygon'] as const;
  map.addLayer({
    id: 'plan-fill', type: 'fill', source: PLAN_SOURCE, minzoom, filter: [...polygons] as never,
    paint: { 'fill-color': colourByKind as never, 'fill-opacity': ['interpolate', ['linear'], ['zoom'], minzoom, 0, minzoom + 0.6, 1] },
  }, before);
  map.addLayer({
    id: 'plan-outline', type: 'line', source: PLAN_SOURCE, minzoom,
    filter: ['all', polygons, ['match', ['get', 'kind'], ['building', 'shop', 'mural'], true, false]] as never,
    paint: { 'line-color': '#6c5b4c', 'line-width': 1, 'line-opacity': 0.8 },
  }, before);
  map.addLayer({
    id: 'plan-points', type: 'circle', source: PLAN_SOURCE, minzoom, filter: ['==', ['geometry-type'], 'Point'] as never,
    paint: {
      'circle-color': colourByKind as never,
      'circle-radius': ['interpolate', ['exponential', 2], ['zoom'], minzoom, 2, minzoom + 3, 9],
      'circle-stroke-color': '#fbf7ee', 'circle-stroke-width': 1.5,
    },
  }, before);
}

/**
 * Map zoom from which a plan's shops and crossings are named: the plan is then ~260 px across,
 * room for its labels; smaller (a phone's map, a short embed) the names would pile up on each
 * other and on the pin, and only the drawing and its caption show.
 */
export const PLAN_NAMES_MIN_ZOOM = 16;

/** The plans' labels and captions, in the reader's language: the caption from `minzoom` on, the names from PLAN_NAMES_MIN_ZOOM. */
export class PlanLabels {
  private readonly items: { el: HTMLElement; marker: Marker; text: { es: string; en: string }; caption: boolean }[] = [];
  constructor(private readonly map: MapLibreMap, plans: readonly PlacedPlan[], lang: Lang, private readonly minzoom: number) {
    for (const { plan, pin } of plans) {
      for (const label of planLabels(plan, pin)) this.add(label.at, label.name, `plan-label plan-label-${label.kind}`, false);
      this.add(planCaptionAt(plan, pin), plan.caption, 'plan-label plan-caption', true);
    }
    this.setLanguage(lang);
    map.on('zoom', this.toggle);
    this.toggle();
  }

  private add(at: LonLat, text: { es: string; en: string }, className: string, caption: boolean): void {
    const el = document.createElement('span');
    el.className = className;
    el.setAttribute('aria-hidden', 'true');
    const marker = new Marker({ element: el, anchor: 'center' }).setLngLat([at[0], at[1]]).addTo(this.map);
    this.items.push({ el, marker, text, caption });
  }

  private readonly toggle = () => {
    const zoom = this.map.getZoom();
    const show = zoom >= this.minzoom + 0.3;
    const named = show && zoom >= PLAN_NAMES_MIN_ZOOM;
    for (const { el, caption } of this.items) el.classList.toggle('is-shown', caption ? show : named);
  };

  setLanguage(lang: Lang): void {
    for (const { el, text } of this.items) el.textContent = text[lang];
  }

  /**
   * Fits the shown labels to the view (call when the camera has arrived): each caption kept
   * whole inside `open` (CSS px of the map: the part nothing covers, above the scale bar and
   * attribution; on a small map it ran off the map's foot), then the names in the plan's
   * order, each only where it overlaps no caption, no name already placed and no box in
   * `avoid` (the places' dots): on a projector's smaller plan "Pizzería" and "Mural" were
   * written over each other. Returns the boxes of what it shows, for the map's names to keep off.
   */
  fit(open: Rect, avoid: readonly Rect[] = []): Rect[] {
    const placed: Rect[] = [];
    const boxOf = (el: HTMLElement, marker: Marker, offset: readonly [number, number]): Rect => {
      const at = this.map.project(marker.getLngLat());
      const [w, h] = [el.offsetWidth, el.offsetHeight];
      const [x, y] = [at.x + offset[0], at.y + offset[1]];
      return { left: x - w / 2, top: y - h / 2, right: x + w / 2, bottom: y + h / 2 };
    };
    for (const { el, marker, caption } of this.items) {
      if (!caption) continue;
      if (!el.classList.contains('is-shown')) {
        marker.setOffset([0, 0]);
        continue;
      }
      // Under the drawing, kept inside the open part; where that would cover a place's dot (a
      // small map has room for little else), at the top of the open part instead.
      const at = this.map.project(marker.getLngLat());
      const size = { width: el.offsetWidth, height: el.offsetHeight };
      const tries = [clampOffset(at, size, open), clampOffset({ x: at.x, y: open.top + size.height / 2 }, size, open)]
        .map(([dx, dy], i): [number, number] => (i === 0 ? [dx, dy] : [dx, dy + open.top + size.height / 2 - at.y]));
      const offset = tries.find((o) => !avoid.some((r) => overlaps(r, boxOf(el, marker, o)))) ?? tries[0]!;
      marker.setOffset(offset);
      placed.push(boxOf(el, marker, offset));
    }
    // All measured at once (one layout), then the crowded ones hidden.
    const names = this.items.filter((i) => !i.caption && i.el.classList.contains('is-shown'));
    for (const { el } of this.items) el.classList.remove('is-crowded');
    const boxes = names.map(({ el, marker }) => boxOf(el, marker, [0, 0]));
    names.forEach(({ el }, i) => {
      const box = boxes[i]!;
      const inside = box.left >= open.left && box.right <= open.right && box.top >= open.top && box.bottom <= open.bottom;
      if (inside && ![...placed, ...avoid].some((r) => overlaps(r, box))) placed.push(box);
      else el.classList.add('is-crowded');
    });
    return placed;
  }
}
