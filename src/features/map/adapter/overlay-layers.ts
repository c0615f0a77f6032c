/**
 * The story's own layers drawn over the basemap: the journey (ahead, travelled), call arcs and
 * the travellers' invisible walls (label-walls.ts), from their own source (story-source.ts).
 * Every change of geometry re-tiles tiles of its source in the worker and sends each back to
 * be read on the main thread. So the journey is one line, sent once: the dashed line ahead is
 * all of it, and the travelled line is the same line again (in a source that measures its
 * length), drawn by a gradient along it that is opaque up to the traveller and clear after. A step of the route changes that
 * gradient (a paint property: no worker, no tile), where a travelled line cut at the
 * traveller was new geometry at each step, and a re-tiling of the tiles around it.
 */
import type { ExpressionSpecification, Map as MapLibreMap } from 'maplibre-gl';
import type { Feature, FeatureCollection, LineString } from 'geojson';
import type { LonLat } from '@/content/schema';
import { basemapPalette as p } from '@/lib/basemap/basemap';
import { addStorySources, kindIs, LINES_SOURCE, MOVERS_SOURCE, ROUTE_SOURCE, setStoryPart } from './story-source';

/** The journey's lines (each feature's `part` property); each layer draws one. */
export type LinePart = 'ahead' | 'travelled' | 'call';

export const lineFeature = (coordinates: LonLat[], part: LinePart): Feature<LineString> => ({
  type: 'Feature', properties: { part }, geometry: { type: 'LineString', coordinates },
});

/** A wall around a moving marker: a square of `k` times the wall image, at `at`. */
export interface MoverWall {
  at: readonly [number, number];
  k: number;
}

/**
 * The lines source's features, each with an id (a source is sent only what changed; see
 * story-source.ts): the journey and the call arc as one line each. Lines of fewer than two
 * points are left out.
 */
export function storyLineFeatures(lines: Readonly<Record<'ahead' | 'call', readonly LonLat[]>>): FeatureCollection {
  const features: Feature[] = [];
  const line = (id: string, coordinates: LonLat[], part: LinePart) => features.push({ id, ...lineFeature(coordinates, part) });
  if (lines.ahead.length > 1) line('ahead', [...lines.ahead], 'ahead');
  if (lines.call.length > 1) line('call', [...lines.call], 'call');
  return { type: 'FeatureCollection', features };
}

/** The travellers' walls as features of their own source, each with an id. */
export function moverFeatures(movers: readonly MoverWall[]): Feature[] {
  return movers.map(({ at, k }, i) => ({ id: `mover-${i}`, type: 'Feature', properties: { part: 'mover', k }, geometry: { type: 'Point', coordinates: [at[0], at[1]] } }));
}

/**
 * A line's length as MapLibre measures it for `line-progress` (geojson-vt: straight lines
 * between the points in Web Mercator, the world 1 across).
 */
export function mercatorLength(coordinates: readonly LonLat[]): number {
  const y = (lat: number) => {
    const sin = Math.sin((lat * Math.PI) / 180);
    return 0.5 - (0.25 * Math.log((1 + sin) / (1 - sin))) / Math.PI;
  };
  let total = 0;
  for (let i = 1; i < coordinates.length; i++) {
    const [x0, y0] = coordinates[i - 1]!, [x1, y1] = coordinates[i]!;
    total += Math.hypot((x1 - x0) / 360, y(y1) - y(y0));
  }
  return total;
}

/**
 * The share of the whole journey its travelled part covers, in `line-progress` (0…1). The
 * travelled part is the journey's first points and the traveller's: its length over the
 * whole's is where the traveller is along the line.
 */
export function travelledShare(travelled: readonly LonLat[], whole: number): number {
  if (whole <= 0) return 0;
  return Math.min(1, mercatorLength(travelled) / whole);
}

const CLEAR = 'rgba(0, 0, 0, 0)';

/**
 * A travelled layer's colour along the journey: `colour` up to `share`, clear after. A `case`,
 * not a `step`: MapLibre draws a step's gradient texel by texel, sized to each tile's piece of
 * the line (thousands of texels, each an evaluation, for every tile at every step of the
 * route: a third of a second of script in a read); other gradients in 256 texels a piece,
 * blended. The line's end is then soft over a texel (a pixel or two, up to four on a long
 * piece), under the traveller's marker. At the journey's end the stop lies past it, so its
 * last texel is drawn too.
 */
export function travelledGradient(colour: string, share: number): ExpressionSpecification {
  return ['case', ['<', ['line-progress'], share >= 1 ? 2 : Math.max(0, share)], colour, CLEAR];
}

/** The travelled layers and their colours. */
const TRAVELLED_LAYERS = { 'route-travelled-casing': p.paper, 'route-travelled-line': p.route } as const;

/** How far along the journey each map's traveller is (kept for a new style's layers). */
const shares = new WeakMap<MapLibreMap, number>();

function setTravelledShare(map: MapLibreMap, share: number): void {
  if (shares.get(map) === share) return;
  shares.set(map, share);
  for (const [id, colour] of Object.entries(TRAVELLED_LAYERS)) {
    if (map.getLayer(id)) map.setPaintProperty(id, 'line-gradient', travelledGradient(colour, share));
  }
}

/**
 * The journey's lines and the travellers' walls (their source, story-source.ts): a scene's
 * changes to them go out in one message, their features built once, when it is sent. The
 * travelled line is a gradient on the journey's line, not a feature of its own.
 */
export function createStoryLines(map: MapLibreMap) {
  const lines: Record<'ahead' | 'call', readonly LonLat[]> = { ahead: [], call: [] };
  let whole = 0;
  let movers: readonly MoverWall[] = [];
  const changed = () => setStoryPart(map, 'lines', () => storyLineFeatures(lines).features);
  return {
    setLine(part: LinePart, coordinates: readonly LonLat[]) {
      if (part === 'travelled') {
        setTravelledShare(map, travelledShare(coordinates, whole));
        return;
      }
      if (coordinates.length < 2 && lines[part].length < 2) return; // empty before and after
      lines[part] = coordinates;
      changed();
      if (part !== 'ahead') return;
      whole = mercatorLength(coordinates);
      setStoryPart(map, 'route', coordinates.length > 1 ? [{ id: 'journey', ...lineFeature([...coordinates], 'ahead') }] : []);
    },
    setMovers(next: readonly MoverWall[]) {
      const same = next.length === movers.length && next.every((m, i) => m.k === movers[i]!.k && m.at[0] === movers[i]!.at[0] && m.at[1] === movers[i]!.at[1]);
      if (same) return;
      movers = next;
      setStoryPart(map, 'movers', () => moverFeatures(movers));
    },
  };
}

/** Adds the overlay source and layers once per style (idempotent). */
export function addOverlayLayers(map: MapLibreMap): void {
  addStorySources(map);
  if (map.getLayer('route-ahead-line')) return;
  map.addLayer({
    id: 'route-ahead-line', type: 'line', source: LINES_SOURCE, filter: kindIs('ahead'),
    layout: { 'line-cap': 'round', 'line-join': 'round' },
    paint: { 'line-color': p.routeFaint, 'line-width': 2.5, 'line-opacity': 0.75, 'line-dasharray': [1.5, 1.5] },
  });
  // The journey again, under a gradient: drawn up to the traveller (see travelledGradient).
  const share = shares.get(map) ?? 0;
  map.addLayer({
    id: 'route-travelled-casing', type: 'line', source: ROUTE_SOURCE,
    layout: { 'line-cap': 'round', 'line-join': 'round' },
    paint: { 'line-gradient': travelledGradient(TRAVELLED_LAYERS['route-travelled-casing'], share), 'line-width': 8 },
  });
  map.addLayer({
    id: 'route-travelled-line', type: 'line', source: ROUTE_SOURCE,
    layout: { 'line-cap': 'round', 'line-join': 'round' },
    paint: { 'line-gradient': travelledGradient(TRAVELLED_LAYERS['route-travelled-line'], share), 'line-width': 4.5 },
  });
  map.addLayer({
    id: 'call-arc-line', type: 'line', source: LINES_SOURCE, filter: kindIs('call'),
    layout: { 'line-cap': 'round' },
    paint: { 'line-color': '#8a6a00', 'line-width': 3, 'line-dasharray': [0.5, 2] },
  });
}

/**
 * The paint of a layer of walls: placed (every name keeps off them) but never drawn. MapLibre
 * skips drawing a symbol layer whose icon opacity is 0, and places it all the same: its empty
 * icons cost no draw call per tile and frame.
 */
export const INVISIBLE = { 'icon-opacity': 0 } as const;

/** The travellers' walls: invisible squares every map name keeps off (see label-walls.ts). */
export function addMoverLayer(map: MapLibreMap, id: string, image: string): void {
  if (map.getLayer(id)) return;
  map.addLayer({
    id, type: 'symbol', source: MOVERS_SOURCE,
    layout: { 'icon-image': image, 'icon-size': ['get', 'k'], 'icon-allow-overlap': true, 'icon-padding': 0 },
    paint: INVISIBLE,
  });
}
