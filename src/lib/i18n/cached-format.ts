/**
 * Intl formatters are costly to build (locale data is resolved each time) and cheap to reuse:
 * one per kind and language for the page, instead of one per render or per scroll frame.
 */
const made = new Map<string, unknown>();

/** The formatter `make` builds for `key` (kind + language), built once. */
export function cachedFormat<T>(key: string, make: () => T): T {
  let f = made.get(key) as T | undefined;
  if (f === undefined) {
    f = make();
    made.set(key, f);
  }
  return f;
}
