/**
 * The drawn plans of invented places (story/plans/), in their own source and layers, over the
 * basemap and under the journey: fills for streets, sidewalks, shops and the mural, stripes for
 * crosswalks, dots for the payphone and trees; the names of its shops as a MapLibre symbol layer
 * (collisions with every other name: the chapter's place wins), the caption as HTML; all only
 * from the zoom where the plan can be read. Kept apart from the basemap's layers.
 */
import { Marker, type Map as MapLibreMap } from 'maplibre-gl';
import type { FeatureCollection, Polygon, Position } from 'geojson';
import type { Lang, LonLat } from '@/content/schema';
import type { Plan } from '@/content/plan-schema';
import { PLAN_COLOURS, planCaptionAt, planFeatures, planLabels, planPoint } from '@/lib/plans/plan-geometry';
import { clampOffset, overlaps, type Rect } from './label-walls';
import { LABEL_FONT, nameIn } from './basemap-style';

export const PLAN_SOURCE = 'story-plans';
export const PLAN_NAMES_SOURCE = 'story-plan-names';
export const PLAN_NAMES_LAYER = 'label-plan';
const BEFORE = 'route-ahead-line';

export interface PlacedPlan {
  plan: Plan;
  pin: LonLat;
}

/**
 * Map zoom from which a plan's shops and crossings are named: the plan is then ~260 px across,
 * room for its labels; smaller (a phone's map, a short embed) the names would pile up on each
 * other and on the pin, and only the drawing and its caption show.
 */
export const PLAN_NAMES_MIN_ZOOM = 16;

const colourByKind = ['match', ['get', 'kind'], ...Object.entries(PLAN_COLOURS).flat(), '#d9ccb4'];

/** A plan's dots (the payphone, the trees) on the ground, metres: as big as the circles they replaced at the corner's zoom. */
export const DOT_RADIUS_M = 2;
const DOT_SIDES = 16;

/** A point as a small disc of `radiusM` metres: a polygon, drawn by the plan's fill like its other shapes. */
export function disc([lon, lat]: readonly number[], radiusM: number): Polygon {
  const ring: Position[] = [];
  for (let i = 0; i <= DOT_SIDES; i++) {
    const a = (2 * Math.PI * (i % DOT_SIDES)) / DOT_SIDES;
    ring.push([...planPoint([lon!, lat!], 0, [radiusM * Math.cos(a), radiusM * Math.sin(a)])]);
  }
  return { type: 'Polygon', coordinates: [ring] };
}

/**
 * Every shape of the plans, its dots as discs: a circle layer was the only one of its kind on
 * the map, so the corner (the story's last chapter) stopped the page once to compile its shader
 * (0.1–0.4 s, measured); as polygons they draw with the shaders already in use.
 */
function allFeatures(plans: readonly PlacedPlan[]): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: plans.flatMap(({ plan, pin }) => planFeatures(plan, pin).features).map((f) =>
      (f.geometry.type === 'Point' ? { ...f, geometry: disc(f.geometry.coordinates, DOT_RADIUS_M) } : f)),
  };
}

/** The plans' named shapes as points (name_es, name_en), for the names' symbol layer. */
export function planNameFeatures(plans: readonly PlacedPlan[]): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: plans.flatMap(({ plan, pin }) => planLabels(plan, pin).map((l) => ({
      type: 'Feature' as const, properties: { kind: l.kind, name_es: l.name.es, name_en: l.name.en },
      geometry: { type: 'Point' as const, coordinates: [l.at[0], l.at[1]] },
    }))),
  };
}

/**
 * The plans' names, added with the story's label layers (under the places' names, so placed
 * after them: the chapter's place keeps its name, a shop with no room left goes unnamed).
 */
export function addPlanNameLayer(map: MapLibreMap, plans: readonly PlacedPlan[], lang: Lang): void {
  if (plans.length === 0 || map.getLayer(PLAN_NAMES_LAYER)) return;
  if (!map.getSource(PLAN_NAMES_SOURCE)) map.addSource(PLAN_NAMES_SOURCE, { type: 'geojson', data: planNameFeatures(plans) });
  map.addLayer({
    id: PLAN_NAMES_LAYER, type: 'symbol', source: PLAN_NAMES_SOURCE, minzoom: PLAN_NAMES_MIN_ZOOM,
    layout: {
      'text-field': nameIn(lang), 'text-font': [LABEL_FONT], 'text-size': 13, 'text-max-width': 7, 'text-padding': 2,
      'text-variable-anchor': ['center', 'top', 'bottom', 'left', 'right'], 'text-radial-offset': 0.4, 'text-justify': 'auto',
    },
    paint: { 'text-color': '#33281f', 'text-halo-color': '#fbf7ee', 'text-halo-width': 1.8, 'text-halo-blur': 0.3 },
  }, 'label-places');
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
    filter: ['all', polygons, ['match', ['get', 'kind'], ['building', 'shop', 'mural', 'payphone', 'tree'], true, false]] as never,
    paint: { 'line-color': '#6c5b4c', 'line-width': 1, 'line-opacity': 0.8 },
  }, before);
}

/** The plans' captions (HTML, in the reader's language), from `minzoom` on. */
export class PlanLabels {
  private readonly items: { el: HTMLElement; marker: Marker; text: { es: string; en: string } }[] = [];
  constructor(private readonly map: MapLibreMap, plans: readonly PlacedPlan[], lang: Lang, private readonly minzoom: number) {
    for (const { plan, pin } of plans) {
      const el = document.createElement('span');
      el.className = 'plan-label plan-caption';
      el.setAttribute('aria-hidden', 'true');
      const at = planCaptionAt(plan, pin);
      const marker = new Marker({ element: el, anchor: 'center' }).setLngLat([at[0], at[1]]);
      this.items.push({ el, marker, text: plan.caption });
    }
    this.setLanguage(lang);
    map.on('zoom', this.toggle);
    this.toggle();
  }

  private shown: boolean | null = null;
  /** Captions are on the map only at close zoom: a marker on the map, even one not drawn, is
   * moved by MapLibre at every frame of every flight (a style recalculation each). */
  private readonly toggle = () => {
    const show = this.map.getZoom() >= this.minzoom + 0.3;
    if (show === this.shown) return;
    this.shown = show;
    for (const { el, marker } of this.items) {
      el.classList.toggle('is-shown', show);
      if (show) marker.addTo(this.map);
      else marker.remove();
    }
  };

  setLanguage(lang: Lang): void {
    for (const { el, text } of this.items) el.textContent = text[lang];
  }

  /**
   * Keeps each shown caption whole inside `open` (CSS px of the map: the part nothing covers,
   * above the scale bar and attribution; on a small map it ran off the map's foot), under the
   * drawing or, where that would cover a place's dot (`avoidRects`), at the top of the open part.
   * Call when the camera has arrived. Returns the captions' boxes, for the map's names to keep off.
   */
  fit(open: Rect, avoidRects: () => readonly Rect[] = () => []): Rect[] {
    const placed: Rect[] = [];
    // What to keep off is measured only when a caption shows: measuring the places' dots forces
    // a layout, at every camera's arrival, for the many chapters with no drawn plan in view.
    let avoiding: readonly Rect[] | undefined;
    const avoid = () => (avoiding ??= avoidRects());
    for (const { el, marker } of this.items) {
      if (!el.classList.contains('is-shown')) {
        marker.setOffset([0, 0]);
        continue;
      }
      const at = this.map.project(marker.getLngLat());
      const [w, h] = [el.offsetWidth, el.offsetHeight];
      const boxAt = ([dx, dy]: readonly [number, number]): Rect => ({ left: at.x + dx - w / 2, top: at.y + dy - h / 2, right: at.x + dx + w / 2, bottom: at.y + dy + h / 2 });
      const below = clampOffset(at, { width: w, height: h }, open);
      const [tx, ty] = clampOffset({ x: at.x, y: open.top + h / 2 }, { width: w, height: h }, open);
      const top: [number, number] = [tx, ty + open.top + h / 2 - at.y];
      const offset = [below, top].find((o) => !avoid().some((r) => overlaps(r, boxAt(o)))) ?? below;
      marker.setOffset(offset);
      placed.push(boxAt(offset));
    }
    return placed;
  }
}
