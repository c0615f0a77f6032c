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
 * Each part's features are kept here; a change marks its source, and one message (in a
 * microtask) sends what the scene changed. A source whose features all have ids (the lines)
 * is sent only the features that changed (`updateData`): MapLibre then re-tiles only the tiles
 * those features were or are in, the one or two around the traveller, where a `setData`
 * re-tiled every tile of the view (six, in a read of the story). A new style's empty source is
 * sent its parts again, whole.
 */
import type { ExpressionSpecification, GeoJSONSource, GeoJSONSourceDiff, Map as MapLibreMap } from 'maplibre-gl';
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
  /** What each source was last sent, feature by id (sources with ids only), and which source object. */
  sent: Map<string, { to: GeoJSONSource; byId: Map<string | number, string> | null }>;
}
const held = new WeakMap<MapLibreMap, Held>();

function heldBy(map: MapLibreMap): Held {
  let h = held.get(map);
  if (!h) held.set(map, (h = { parts: { lines: [], places: [], walls: [] }, queued: new Set(), sent: new Map() }));
  return h;
}

/**
 * What to send to bring a source from `before` (feature JSON by id) to `features`: the new and
 * changed features (an added id replaces its feature) and the ids gone. `null` when nothing
 * changed.
 */
export function featureDiff(before: ReadonlyMap<string | number, string>, features: readonly Feature[]): { diff: GeoJSONSourceDiff; after: Map<string | number, string> } | null {
  const after = new Map<string | number, string>();
  const add: Feature[] = [];
  for (const f of features) {
    const json = JSON.stringify(f);
    after.set(f.id!, json);
    if (before.get(f.id!) !== json) add.push(f);
  }
  const remove = [...before.keys()].filter((id) => !after.has(id));
  if (!add.length && !remove.length) return null;
  return { diff: { ...(remove.length ? { remove } : {}), ...(add.length ? { add } : {}) }, after };
}

function send(map: MapLibreMap, h: Held, id: string, features: Feature[]): void {
  const source = map.getSource(id) as GeoJSONSource | undefined;
  if (!source) return;
  const keyed = features.every((f) => f.id !== undefined);
  const last = h.sent.get(id);
  if (keyed && last?.to === source && last.byId) {
    const change = featureDiff(last.byId, features);
    if (!change) return;
    last.byId = change.after;
    void source.updateData(change.diff);
    return;
  }
  const byId = keyed ? new Map(features.map((f) => [f.id!, JSON.stringify(f)])) : null;
  h.sent.set(id, { to: source, byId });
  void source.setData({ type: 'FeatureCollection', features });
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
    send(map, h, source, features);
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
