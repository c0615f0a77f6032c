/**
 * The story's own layers drawn over the basemap: the journey (ahead, travelled), call arcs and
 * the travellers' invisible walls (label-walls.ts), all from ONE GeoJSON source. Every setData
 * re-tiles every loaded tile of its source in the worker and sends each back to be read on the
 * main thread: with a source per line, each pixel of progress cost two re-tilings, and the
 * traveller's wall a third about eight times a second. One source, one re-tiling per change.
 */
import type { FilterSpecification, GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { Feature, FeatureCollection, LineString } from 'geojson';
import type { LonLat } from '@/content/schema';
import { basemapPalette as p } from '@/lib/basemap/basemap';

export const LINES_SOURCE = 'story-lines';
/** What each feature of the source is (its `part` property); each layer draws one part. */
export type LinePart = 'ahead' | 'travelled' | 'call';
export type Part = LinePart | 'mover';

export const lineFeature = (coordinates: LonLat[], part: LinePart): Feature<LineString> => ({
  type: 'Feature', properties: { part }, geometry: { type: 'LineString', coordinates },
});

/** A wall around a moving marker: a square of `k` times the wall image, at `at`. */
export interface MoverWall {
  at: readonly [number, number];
  k: number;
}

/** The source's features: each line with two points or more, then the movers' walls. */
export function storyLineFeatures(lines: Readonly<Record<LinePart, readonly LonLat[]>>, movers: readonly MoverWall[]): FeatureCollection {
  const features: Feature[] = (['ahead', 'travelled', 'call'] as const)
    .filter((part) => lines[part].length > 1)
    .map((part) => lineFeature([...lines[part]], part));
  for (const { at, k } of movers) {
    features.push({ type: 'Feature', properties: { part: 'mover', k }, geometry: { type: 'Point', coordinates: [at[0], at[1]] } });
  }
  return { type: 'FeatureCollection', features };
}

/**
 * The source's contents, kept here: each change marks it, and one setData (in a microtask)
 * sends what a whole scene changed (the route's two parts and the traveller's wall at once).
 */
export function createStoryLines(map: MapLibreMap) {
  const lines: Record<LinePart, readonly LonLat[]> = { ahead: [], travelled: [], call: [] };
  let movers: readonly MoverWall[] = [];
  let queued = false;
  const flush = () => {
    queued = false;
    (map.getSource(LINES_SOURCE) as GeoJSONSource | undefined)?.setData(storyLineFeatures(lines, movers));
  };
  const changed = () => {
    if (queued) return;
    queued = true;
    queueMicrotask(flush);
  };
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
    /** After a style reload re-added the source empty: send what it holds again. */
    restyled: changed,
  };
}

const part = (name: Part): FilterSpecification => ['==', ['get', 'part'], name];

/** Adds the overlay source and layers once per style (idempotent). */
export function addOverlayLayers(map: MapLibreMap): void {
  if (!map.getSource(LINES_SOURCE)) map.addSource(LINES_SOURCE, { type: 'geojson', data: { type: 'FeatureCollection', features: [] } });
  if (map.getLayer('route-ahead-line')) return;
  map.addLayer({
    id: 'route-ahead-line', type: 'line', source: LINES_SOURCE, filter: part('ahead'),
    layout: { 'line-cap': 'round', 'line-join': 'round' },
    paint: { 'line-color': p.routeFaint, 'line-width': 2.5, 'line-opacity': 0.75, 'line-dasharray': [1.5, 1.5] },
  });
  map.addLayer({
    id: 'route-travelled-casing', type: 'line', source: LINES_SOURCE, filter: part('travelled'),
    layout: { 'line-cap': 'round', 'line-join': 'round' },
    paint: { 'line-color': p.paper, 'line-width': 8 },
  });
  map.addLayer({
    id: 'route-travelled-line', type: 'line', source: LINES_SOURCE, filter: part('travelled'),
    layout: { 'line-cap': 'round', 'line-join': 'round' },
    paint: { 'line-color': p.route, 'line-width': 4.5 },
  });
  map.addLayer({
    id: 'call-arc-line', type: 'line', source: LINES_SOURCE, filter: part('call'),
    layout: { 'line-cap': 'round' },
    paint: { 'line-color': '#8a6a00', 'line-width': 3, 'line-dasharray': [0.5, 2] },
  });
}

/** The travellers' walls: invisible squares every map name keeps off (see label-walls.ts). */
export function addMoverLayer(map: MapLibreMap, id: string, image: string): void {
  if (map.getLayer(id)) return;
  map.addLayer({
    id, type: 'symbol', source: LINES_SOURCE, filter: part('mover'),
    layout: { 'icon-image': image, 'icon-size': ['get', 'k'], 'icon-allow-overlap': true, 'icon-padding': 0 },
  });
}
