/**
 * The story's own few, changing features, in two GeoJSON sources: the journey's lines with the
 * travellers' walls (they change with every step of the route), and the places with the walls
 * along the open part's edges (they change once a chapter, when the camera arrives). MapLibre
 * tiles every source on its own: each is a tile load, a removal and a worker round-trip (two
 * for a symbol tile, which asks for its images) per tile at every zoom the camera passes
 * through, and the main thread reads every answer. The places and the edges' walls were two
 * sources; they are one, re-tiled once per arrival. The lines stay apart: a step of the route
 * re-tiles only them, never the places' names.
 *
 * Each part's features are kept here; a change marks its source, and one setData (in a
 * microtask) sends what the scene changed. A new style's empty source is sent its parts again.
 */
import type { ExpressionSpecification, GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { Feature } from 'geojson';

export const LINES_SOURCE = 'story-lines';
export const STORY_SOURCE = 'story';
/** The sources' parts, each set whole by its owner. */
export type StoryPart = 'lines' | 'places' | 'walls';
const PARTS: Record<string, readonly StoryPart[]> = { [LINES_SOURCE]: ['lines'], [STORY_SOURCE]: ['places', 'walls'] };
const SOURCE_OF: Record<StoryPart, string> = { lines: LINES_SOURCE, places: STORY_SOURCE, walls: STORY_SOURCE };
/** Each feature's kind (its `part` property); each layer draws one. */
export type FeatureKind = 'ahead' | 'travelled' | 'call' | 'mover' | 'place' | 'wall';

/** A part's features, or how to build them (built once, when the source is sent). */
type Features = Feature[] | (() => Feature[]);

interface Held {
  parts: Record<StoryPart, Features>;
  queued: Set<string>;
}
const held = new WeakMap<MapLibreMap, Held>();

function heldBy(map: MapLibreMap): Held {
  let h = held.get(map);
  if (!h) held.set(map, (h = { parts: { lines: [], places: [], walls: [] }, queued: new Set() }));
  return h;
}

function changed(map: MapLibreMap, h: Held, source: string): void {
  if (h.queued.has(source)) return;
  h.queued.add(source);
  queueMicrotask(() => {
    h.queued.delete(source);
    const features = PARTS[source]!.flatMap((part) => {
      const f = h.parts[part];
      return typeof f === 'function' ? f() : f;
    });
    (map.getSource(source) as GeoJSONSource | undefined)?.setData({ type: 'FeatureCollection', features });
  });
}

/** Adds the sources once per style (idempotent); a new style's sources are sent what their parts hold. */
export function addStorySources(map: MapLibreMap): void {
  for (const source of Object.keys(PARTS)) {
    if (map.getSource(source)) continue;
    map.addSource(source, { type: 'geojson', data: { type: 'FeatureCollection', features: [] } });
    changed(map, heldBy(map), source);
  }
}

/** Replaces one part's features (sent with its source's other parts in the next microtask). */
export function setStoryPart(map: MapLibreMap, part: StoryPart, features: Features): void {
  const h = heldBy(map);
  h.parts[part] = features;
  changed(map, h, SOURCE_OF[part]);
}

/** A layer's filter: the features of one kind. */
export const kindIs = (kind: FeatureKind): ExpressionSpecification => ['==', ['get', 'part'], kind];
