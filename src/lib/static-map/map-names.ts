/**
 * Every name the still map writes — story places, cities, the story's gazetteer, areas — as
 * label requests for `placeLabels`, in the live map's order of precedence: the chapter's
 * places first, then the other story places, then cities by rank, then the gazetteer's rivers,
 * roads and neighbourhoods, then the names of countries, states and seas. Pure: pixels in,
 * pixels out.
 */
import type { BasemapLabel } from '@/lib/basemap/basemap';
import { AREA_ANCHORS, circleBox, placeLabels, POINT_ANCHORS, type Box, type LabelRequest, type PlacedLabel } from './place-labels';
import { inView, projector, type Pixel, type View } from './project';

/** A name besides the basemap's own: the gazetteer's, shown from its own zoom or when the chapter's text names it. */
export interface MapName extends BasemapLabel {
  minZoom?: number;
  /** The chapter's text names it: shown at any zoom, before other names of its kind. */
  named?: boolean;
}

export type TextKind = 'city' | 'place' | 'activePlace' | 'plan' | BasemapLabel['kind'];

/** A story place's marker as drawn: where, how big, and whether its name is wanted. */
export interface PlaceMarker {
  id: string;
  at: Pixel;
  text: string;
  active: boolean;
  labelled: boolean;
  /** The dot's radius, px. */
  r: number;
  /** The dashed ring of an approximate place, px (0 for none): the name sits outside it. */
  ring: number;
}

/** A name to draw: what, where, as which kind, at which size. */
export interface MapText extends PlacedLabel {
  kind: TextKind;
  text: string;
  size: number;
}

/** A city's dot, drawn only with its name. */
export interface CityDot {
  id: string;
  at: Pixel;
  r: number;
}

/** How far (em of a city's name) a city under a story place's dot is named from its point: the live map's TOWN_CLEAR_EM. */
export const CITY_CLEAR_EM = 1.7;

/** Size (px at scale 1), letter spacing (px at scale 1), capitals, bold. */
export const TEXT_STYLE: Record<TextKind, { size: number; spacing: number; upper: boolean; bold: boolean }> = {
  city: { size: 12, spacing: 0, upper: false, bold: false },
  place: { size: 13, spacing: 0, upper: false, bold: false },
  activePlace: { size: 14, spacing: 0, upper: false, bold: true },
  plan: { size: 12, spacing: 0, upper: false, bold: true },
  country: { size: 17, spacing: 4, upper: true, bold: false },
  state: { size: 10.5, spacing: 1.5, upper: true, bold: false },
  water: { size: 13, spacing: 0, upper: false, bold: false },
};

/** Names wider than this many em are broken into lines (the live map's `text-max-width`). */
const MAX_EM: Record<TextKind, number> = { city: 8, place: 10, activePlace: 10, plan: 10, country: 8, state: 9, water: 9 };

/** Kinds drawn in the serif (Literata), whose lines stand taller (≈1.5 em) than the sans's (≈1.15 em). */
const SERIF_KINDS = new Set<TextKind>(['country', 'water']);

/** Zoom from which the basemap's cities of each rank are shown. */
const CITY_MIN_ZOOM: Record<number, number> = { 1: 0, 2: 5.5, 3: 7 };

/** Fixed names of a drawn plan (its own labels, centred on their shapes), placed after the chapter's places. */
export interface FixedText {
  id: string;
  text: string;
  at: Pixel;
  size: number;
  /** Wider than this, px, it is broken into lines. */
  maxWidth?: number;
  /** Where it goes from its point (default: centred on it). */
  anchors?: LabelRequest['anchors'];
}

export interface NamesInput {
  places: readonly PlaceMarker[];
  labels: readonly MapName[];
  view: View;
  lang: 'es' | 'en';
  /** Stroke scale and text scale (see StaticMap). */
  s: number;
  t: number;
  /** What covers the map along its edges, px: no name is written there. */
  inset?: { top: number; right: number; bottom: number; left: number };
  fixed?: readonly FixedText[];
  /** Boxes laid over the map (the moon), px. */
  keepOff?: readonly Box[];
}

function shown(l: MapName, zoom: number): boolean {
  if (l.named) return true;
  if (l.minZoom !== undefined) return zoom >= l.minZoom;
  if (l.kind === 'city') return zoom >= (CITY_MIN_ZOOM[l.rank] ?? Infinity);
  // Small state names only from the basemap's first ranks (the big states).
  return l.kind !== 'state' || l.rank <= 2;
}

/** Priority of a basemap or gazetteer name: cities by rank, then the gazetteer's other names, then areas. */
function priority(l: MapName): number {
  const named = l.named ? 0 : 0.5;
  if (l.kind === 'city') return 3 + named + l.rank / 10;
  if (l.minZoom !== undefined) return 4 + named + l.rank / 10;
  return 5 + l.rank / 10;
}

/**
 * Places every name the map would write and returns those that fit, with the dots of the
 * cities that are named (a city's dot goes with its name).
 */
export function mapNames({ places, labels, view, lang, s, t, inset, fixed = [], keepOff = [] }: NamesInput): { texts: MapText[]; cities: CityDot[] } {
  const project = projector(view);
  const requests: (LabelRequest & { kind: TextKind })[] = [];
  const cityDots = new Map<string, CityDot>();
  const request = (kind: TextKind, id: string, text: string, at: Pixel, more: Partial<LabelRequest>) => {
    const st = TEXT_STYLE[kind];
    requests.push({
      kind, id, text: st.upper ? text.toUpperCase() : text, at, size: st.size * t, letterSpacing: st.spacing * t, bold: st.bold,
      offset: 0, anchors: AREA_ANCHORS, priority: 9, maxWidth: MAX_EM[kind] * st.size * t, lineHeight: SERIF_KINDS.has(kind) ? 1.5 : 1.2, ...more,
    });
  };
  for (const p of places) {
    if (!p.labelled || !inView(p.at, view)) continue;
    request(p.active ? 'activePlace' : 'place', `place-${p.id}`, p.text, p.at, {
      offset: Math.max(p.r, p.ring) + 3 * s, anchors: POINT_ANCHORS, priority: p.active ? 0 : 2,
    });
  }
  for (const f of fixed) {
    const st = TEXT_STYLE.plan;
    requests.push({ kind: 'plan', id: `plan-${f.id}`, text: f.text, at: f.at, size: f.size, bold: st.bold, offset: 0, anchors: f.anchors ?? ['center'], priority: 1, maxWidth: f.maxWidth });
  }
  labels.forEach((l, i) => {
    const at = project(l.coordinates);
    // Only names whose point is in the view: a name moved inside from far outside (New Mexico
    // beside Los Angeles) would name the wrong land.
    if (!shown(l, view.zoom) || !inView(at, view)) return;
    const id = `${l.kind}-${i}`;
    if (l.kind === 'city') {
      const r = (l.rank === 1 ? 3 : 2.4) * s;
      cityDots.set(id, { id, at, r });
      // Under a story place's dot, the city gives its dot up and is named just clear of the place (as on the live map).
      request('city', id, l.name[lang], at, {
        offset: r + 2 * s, anchors: POINT_ANCHORS, priority: priority(l), mark: circleBox(at, r + s),
        markOptional: true, farOffset: CITY_CLEAR_EM * TEXT_STYLE.city.size * t,
      });
    } else {
      request(l.kind, id, l.name[lang], at, { priority: priority(l) });
    }
  });
  // Every story place's dot keeps its room, named or not.
  const dots: Box[] = [...keepOff, ...places.filter((p) => inView(p.at, view, -20)).map((p) => circleBox(p.at, p.r + s))];
  const placed = placeLabels(requests, dots, { width: view.width, height: view.height, inset });
  const byId = new Map(requests.map((r) => [r.id, r]));
  const texts = placed.map((p): MapText => {
    const r = byId.get(p.id)!;
    return { ...p, kind: r.kind, text: r.text, size: r.size };
  });
  const cities = placed.flatMap((p) => (p.marked ? cityDots.get(p.id) ?? [] : []));
  return { texts, cities };
}
