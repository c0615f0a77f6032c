/** The basemap, fetched and parsed once per page, whoever asks first. */
import type { FeatureCollection } from 'geojson';
import { asBasemap } from '@/lib/geo/basemap-shape';

/** Where the built site serves the basemap. */
export const BASEMAP_URL = `${import.meta.env.BASE_URL}basemap/basemap.json`;

/** Where the built site serves a detail patch (see detail-areas.ts). */
export const detailUrl = (areaId: string): string =>
  new URL(`${import.meta.env.BASE_URL}basemap/detail-${areaId}.json`, document.baseURI).href;

const pending = new Map<string, Promise<FeatureCollection | null>>();
/** Downloads already finished, so a map rendered right after (e.g. before printing) has its land at once. */
const done = new Map<string, FeatureCollection | null>();

/**
 * The basemap, fetched and parsed once per page whoever asks first (the WebGL map, a still
 * map, the printed handout); a failure gives `null` and each caller decides what to draw.
 */
export function loadBasemap(url: string = BASEMAP_URL): Promise<FeatureCollection | null> {
  let p = pending.get(url);
  if (!p) {
    p = fetch(url)
      .then((r) => (r.ok ? r.json() : null))
      .then(asBasemap) // valid JSON of the wrong shape: no land (still maps) or the still map (WebGL), not a crash
      .catch(() => null)
      .then((b) => {
        done.set(url, b);
        return b;
      });
    pending.set(url, p);
  }
  return p;
}

/** The basemap if it has already arrived, without waiting. */
export const loadedBasemap = (url: string = BASEMAP_URL): FeatureCollection | null => done.get(url) ?? null;
