/** The basemap for the printed maps: fetched once per page, shared by every chapter's map. */
import { useEffect, useState } from 'react';
import type { FeatureCollection } from 'geojson';
import { asBasemap } from '@/lib/geo/basemap-shape';

const cache = new Map<string, Promise<FeatureCollection | null>>();
/** Downloads already finished, so a map rendered right before printing has its land at once. */
const done = new Map<string, FeatureCollection | null>();

/** Starts (or reuses) the download; a failure gives `null` and the maps print without land. */
export function loadBasemap(url: string): Promise<FeatureCollection | null> {
  let pending = cache.get(url);
  if (!pending) {
    pending = fetch(url)
      .then((r) => (r.ok ? r.json() : null))
      .then(asBasemap) // valid JSON of the wrong shape prints maps without land, not a crash
      .catch(() => null)
      .then((b) => {
        done.set(url, b);
        return b;
      });
    cache.set(url, pending);
  }
  return pending;
}

export function useBasemap(url: string): FeatureCollection | null {
  const [basemap, setBasemap] = useState<FeatureCollection | null>(() => done.get(url) ?? null);
  useEffect(() => {
    let live = true;
    void loadBasemap(url).then((b) => live && setBasemap(b));
    return () => {
      live = false;
    };
  }, [url]);
  return basemap;
}
