/**
 * Decodes a URL component that anyone could have typed, truncated or pasted: `null` for a
 * malformed escape (`%`, `%ZZ`, `%E0%A4%A`) instead of the `URIError` `decodeURIComponent`
 * throws. Used for every hash and link the app reads.
 */
export function safeDecode(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

/** The chapter id a hash (`#the-crossing`, `#the%2Dcrossing`) names, or `''` for none or junk. */
export function idFromHash(hash: string): string {
  return safeDecode(hash.replace(/^#/, '')) ?? '';
}
