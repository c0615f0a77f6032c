/**
 * What each map was last given, by name, as JSON. Every setData, filter or sort key makes
 * MapLibre re-tile a whole source in its worker, so the same value is never sent twice. A new
 * style's sources and layers were given nothing yet: `forgetSent` starts those names over.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';

const sent = new WeakMap<MapLibreMap, Map<string, string>>();

/** Calls `send` only when `value` differs from what was last sent under `name` to this map. */
export function sendChanged(map: MapLibreMap, name: string, value: unknown, send: () => void): void {
  let byName = sent.get(map);
  if (!byName) sent.set(map, (byName = new Map()));
  const json = JSON.stringify(value);
  if (byName.get(name) === json) return;
  byName.set(name, json);
  send();
}

/** The next value sent under each of `names` goes out whatever it is (a new style's source or layer). */
export function forgetSent(map: MapLibreMap, ...names: string[]): void {
  const byName = sent.get(map);
  for (const name of names) byName?.delete(name);
}
