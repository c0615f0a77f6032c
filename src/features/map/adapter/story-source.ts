/**
 * The story's own few, changing features, in ONE GeoJSON source: the journey's lines and the
 * travellers' walls, the places, and the walls along the open part's edges. MapLibre tiles
 * every source on its own: each is a tile load, a removal and a worker round-trip (two for a
 * symbol tile, which asks for its images) per tile at every zoom the camera passes through.
 * Three sources of a few features each cost three times the messages of one, and the main
 * thread reads every answer.
 *
 * Each part's features are kept here; a change marks the source, and one setData (in a
 * microtask) sends all of them: a scene that changes the route, the places and the walls at
 * once is one re-tiling. A new style's empty source is sent them again when it is added.
 */
import type { ExpressionSpecification, GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { Feature } from 'geojson';

export const STORY_SOURCE = 'story';
/** The source's parts, each set whole by its owner. */
export type StoryPart = 'lines' | 'places' | 'walls';
/** Each feature's kind (its `part` property); each layer draws one. */
export type FeatureKind = 'ahead' | 'travelled' | 'call' | 'mover' | 'place' | 'wall';

interface Held {
  parts: Record<StoryPart, Feature[]>;
  queued: boolean;
}
const held = new WeakMap<MapLibreMap, Held>();

function heldBy(map: MapLibreMap): Held {
  let h = held.get(map);
  if (!h) held.set(map, (h = { parts: { lines: [], places: [], walls: [] }, queued: false }));
  return h;
}

function changed(map: MapLibreMap, h: Held): void {
  if (h.queued) return;
  h.queued = true;
  queueMicrotask(() => {
    h.queued = false;
    const features = [...h.parts.lines, ...h.parts.places, ...h.parts.walls];
    (map.getSource(STORY_SOURCE) as GeoJSONSource | undefined)?.setData({ type: 'FeatureCollection', features });
  });
}

/** Adds the source once per style (idempotent); a new style's source is sent what the parts hold. */
export function addStorySource(map: MapLibreMap): void {
  if (map.getSource(STORY_SOURCE)) return;
  map.addSource(STORY_SOURCE, { type: 'geojson', data: { type: 'FeatureCollection', features: [] } });
  changed(map, heldBy(map));
}

/** Replaces one part's features (sent with the others in the next microtask). */
export function setStoryPart(map: MapLibreMap, part: StoryPart, features: Feature[]): void {
  const h = heldBy(map);
  h.parts[part] = features;
  changed(map, h);
}

/** A layer's filter: the features of one kind. */
export const kindIs = (kind: FeatureKind): ExpressionSpecification => ['==', ['get', 'part'], kind];
