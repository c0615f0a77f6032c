/** The basemap for a still map: `null` until it arrives (or if it cannot). */
import { useEffect, useState } from 'react';
import type { FeatureCollection } from 'geojson';
import { BASEMAP_URL, loadBasemap, loadedBasemap } from './load-basemap';

export function useBasemap(url: string = BASEMAP_URL): FeatureCollection | null {
  const [basemap, setBasemap] = useState<FeatureCollection | null>(() => loadedBasemap(url));
  useEffect(() => {
    let live = true;
    void loadBasemap(url).then((b) => live && setBasemap(b));
    return () => {
      live = false;
    };
  }, [url]);
  return basemap;
}
