/**
 * What each map was last given, by name, as JSON. Every setData, filter or sort key makes
 * MapLibre re-tile a whole source in its worker, so the same value is never sent twice. A new
 * style's sources and layers were given nothing yet: `forgetSent` starts those names over.
 */
import type { Map as MapLibreMap, StyleSetterOptions } from 'maplibre-gl';

/**
 * For a filter, layout or paint value set while the story is read: MapLibre checks a value
 * against the style spec by first serialising the whole style, every layer cloned (about 130
 * ms of a 40 s read in software GL). These values are built by code the unit tests check, and
 * the style they start from is checked when it loads; a wrong property name still throws.
 */
export const UNCHECKED: StyleSetterOptions = { validate: false };

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
