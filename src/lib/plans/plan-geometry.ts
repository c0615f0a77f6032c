/**
 * A drawn plan (story/plans/*.yaml) as geometry on the map: rectangles and points given in
 * metres around a pin become longitude/latitude polygons and points, turned by the plan's
 * rotation. Shared by the WebGL map and the still SVG maps, so both draw the same plan.
 * Pure: no DOM, no map.
 */
import type { Feature, FeatureCollection, Point, Polygon, Position } from 'geojson';
import type { Bilingual, LonLat } from '@/content/schema';
import type { Plan, PlanFeature, PlanKind } from '@/content/plan-schema';

/** Metres in one degree of latitude (and of longitude at the equator). */
const M_PER_DEG = 111_320;
/** Width of one painted stripe of a crosswalk, and of the gap after it, metres. */
const STRIPE_M = 1;

export interface PlanProps {
  kind: PlanKind;
  /** Order in the plan file: later features are drawn over earlier ones. */
  order: number;
}

export interface PlanLabel {
  at: LonLat;
  name: Bilingual;
  kind: PlanKind;
}

/** Metres east/north of `pin`, turned `rotate` degrees anticlockwise → [lon, lat]. */
export function planPoint(pin: LonLat, rotate: number, [x, y]: readonly [number, number]): LonLat {
  const a = (rotate * Math.PI) / 180;
  const east = x * Math.cos(a) - y * Math.sin(a);
  const north = x * Math.sin(a) + y * Math.cos(a);
  const lat = pin[1] + north / M_PER_DEG;
  return [pin[0] + east / (M_PER_DEG * Math.cos((pin[1] * Math.PI) / 180)), lat];
}

type Rect = readonly [number, number, number, number];

function ring(pin: LonLat, rotate: number, [x, y, w, h]: Rect): Position[] {
  const corners: [number, number][] = [[x, y], [x + w, y], [x + w, y + h], [x, y + h], [x, y]];
  return corners.map((c) => [...planPoint(pin, rotate, c)]);
}

/** A crosswalk as painted stripes across its longer side (walkers step over them). */
function stripes([x, y, w, h]: Rect): Rect[] {
  const alongY = h >= w;
  const length = alongY ? h : w;
  const out: Rect[] = [];
  for (let s = STRIPE_M / 2; s + STRIPE_M <= length; s += 2 * STRIPE_M) {
    out.push(alongY ? [x, y + s, w, STRIPE_M] : [x + s, y, STRIPE_M, h]);
  }
  return out;
}

function rectsOf(f: PlanFeature): Rect[] {
  if (!f.rect) return [];
  return f.kind === 'crosswalk' ? stripes(f.rect) : [f.rect];
}

/** The plan's shapes as GeoJSON, in file order, each with its `kind`. */
export function planFeatures(plan: Plan, pin: LonLat): FeatureCollection<Polygon | Point, PlanProps> {
  const features: Feature<Polygon | Point, PlanProps>[] = [];
  plan.features.forEach((f, order) => {
    if (f.at) {
      features.push({ type: 'Feature', properties: { kind: f.kind, order }, geometry: { type: 'Point', coordinates: [...planPoint(pin, plan.rotate, f.at)] } });
    }
    for (const r of rectsOf(f)) {
      features.push({ type: 'Feature', properties: { kind: f.kind, order }, geometry: { type: 'Polygon', coordinates: [ring(pin, plan.rotate, r)] } });
    }
  });
  return { type: 'FeatureCollection', features };
}

/** Where each named feature's label goes: the middle of its shape (or its point). */
export function planLabels(plan: Plan, pin: LonLat): PlanLabel[] {
  return plan.features.flatMap((f) => {
    if (!f.name) return [];
    const middle: readonly [number, number] = f.labelAt ?? (f.rect ? [f.rect[0] + f.rect[2] / 2, f.rect[1] + f.rect[3] / 2] : f.at ?? [0, 0]);
    return [{ at: planPoint(pin, plan.rotate, middle), name: f.name, kind: f.kind }];
  });
}

/** Where the caption goes: below the plan's south-west, outside its shapes. */
export function planCaptionAt(plan: Plan, pin: LonLat): LonLat {
  const xs = plan.features.flatMap((f) => (f.rect ? [f.rect[0], f.rect[0] + f.rect[2]] : f.at ? [f.at[0]] : []));
  const ys = plan.features.flatMap((f) => (f.rect ? [f.rect[1]] : f.at ? [f.at[1]] : []));
  return planPoint(pin, plan.rotate, [(Math.min(...xs) + Math.max(...xs)) / 2, Math.min(...ys) - 8]);
}

/** The plan's fills, by kind: paper-atlas colours, original (no logos, no photographs). */
export const PLAN_COLOURS: Record<PlanKind, string> = {
  sidewalk: '#e9e1d0',
  street: '#9d968c',
  crosswalk: '#fbf7ee',
  building: '#d9ccb4',
  shop: '#e7b98a',
  mural: '#c2643c',
  payphone: '#8a6a00',
  tree: '#7f9a6a',
};

/** The closest story zoom at which the plan is too small to read and is not drawn. */
export const PLAN_MIN_ZOOM = 15;
