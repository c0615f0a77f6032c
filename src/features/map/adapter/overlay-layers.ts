/**
 * The story's own layers drawn over the basemap: the journey (ahead, travelled), call arcs and
 * the travellers' invisible walls (label-walls.ts), from their own source (story-source.ts).
 * Every change re-tiles tiles of its source in the worker and sends each back to be read on
 * the main thread: with a source per line, each pixel of progress cost two re-tilings, and the
 * traveller's wall a third. One source, one re-tiling per change, of the tiles it touches.
 * The dashed line ahead is the whole journey, drawn once under the travelled line, which
 * covers it: a line that shrank with each step would touch every tile it crossed.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Feature, FeatureCollection, LineString } from 'geojson';
import type { LonLat } from '@/content/schema';
import { basemapPalette as p } from '@/lib/basemap/basemap';
import { addStorySources, kindIs, LINES_SOURCE, setStoryPart } from './story-source';

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
 * The source's features, each with an id (the source is sent only what changed; see
 * story-source.ts): the journey ahead and the call arc as one line each, the travelled line
 * as one line per stretch between its points, then the movers' walls. The travelled line is
 * opaque with round caps, so its stretches join without a seam; cut so, a step of the route
 * changes only its last stretch (and adds one at each point passed), and MapLibre re-tiles
 * only the tiles that stretch is in. Lines of fewer than two points are left out.
 */
export function storyLineFeatures(lines: Readonly<Record<LinePart, readonly LonLat[]>>, movers: readonly MoverWall[]): FeatureCollection {
  const features: Feature[] = [];
  const line = (id: string, coordinates: LonLat[], part: LinePart) => features.push({ id, ...lineFeature(coordinates, part) });
  if (lines.ahead.length > 1) line('ahead', [...lines.ahead], 'ahead');
  const travelled = lines.travelled;
  for (let i = 0; i + 1 < travelled.length; i++) line(`travelled-${i}`, [travelled[i]!, travelled[i + 1]!], 'travelled');
  if (lines.call.length > 1) line('call', [...lines.call], 'call');
  movers.forEach(({ at, k }, i) => {
    features.push({ id: `mover-${i}`, type: 'Feature', properties: { part: 'mover', k }, geometry: { type: 'Point', coordinates: [at[0], at[1]] } });
  });
  return { type: 'FeatureCollection', features };
}

/**
 * The journey's lines and the travellers' walls (their source, story-source.ts): a scene's
 * changes to them go out in one setData, their features built once, when it is sent.
 */
export function createStoryLines(map: MapLibreMap) {
  const lines: Record<LinePart, readonly LonLat[]> = { ahead: [], travelled: [], call: [] };
  let movers: readonly MoverWall[] = [];
  const changed = () => setStoryPart(map, 'lines', () => storyLineFeatures(lines, movers).features);
  return {
    setLine(part: LinePart, coordinates: readonly LonLat[]) {
      if (coordinates.length < 2 && lines[part].length < 2) return; // empty before and after
      lines[part] = coordinates;
      changed();
    },
    setMovers(next: readonly MoverWall[]) {
      const same = next.length === movers.length && next.every((m, i) => m.k === movers[i]!.k && m.at[0] === movers[i]!.at[0] && m.at[1] === movers[i]!.at[1]);
      if (same) return;
      movers = next;
      changed();
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
  map.addLayer({
    id: 'route-travelled-casing', type: 'line', source: LINES_SOURCE, filter: kindIs('travelled'),
    layout: { 'line-cap': 'round', 'line-join': 'round' },
    paint: { 'line-color': p.paper, 'line-width': 8 },
  });
  map.addLayer({
    id: 'route-travelled-line', type: 'line', source: LINES_SOURCE, filter: kindIs('travelled'),
    layout: { 'line-cap': 'round', 'line-join': 'round' },
    paint: { 'line-color': p.route, 'line-width': 4.5 },
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
    id, type: 'symbol', source: LINES_SOURCE, filter: kindIs('mover'),
    layout: { 'icon-image': image, 'icon-size': ['get', 'k'], 'icon-allow-overlap': true, 'icon-padding': 0 },
    paint: INVISIBLE,
  });
}
