/** The basemap for a still map: `null` until it arrives (or if it cannot). */
import { useEffect, useState } from 'react';
import type { FeatureCollection } from 'geojson';
import { BASEMAP_URL, detailUrl, loadBasemap, loadedBasemap } from './load-basemap';

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

const NO_PATCHES: readonly FeatureCollection[] = [];

/**
 * The detail patches of these areas (detail-areas.ts) for a still map, in the order given:
 * those already downloaded at once, the others as they arrive; one that fails is left out
 * (the overview stays beneath).
 */
export function useDetailPatches(areaIds: readonly string[]): readonly FeatureCollection[] {
  const key = areaIds.join(' ');
  const loaded = () => (key ? key.split(' ').map((id) => loadedBasemap(detailUrl(id))).filter((fc): fc is FeatureCollection => fc !== null) : NO_PATCHES);
  const [patches, setPatches] = useState<{ key: string; fcs: readonly FeatureCollection[] }>(() => ({ key, fcs: loaded() }));
  useEffect(() => {
    if (!key) return;
    let live = true;
    void Promise.all(key.split(' ').map((id) => loadBasemap(detailUrl(id)))).then((fcs) => {
      if (live) setPatches({ key, fcs: fcs.filter((fc): fc is FeatureCollection => fc !== null) });
    });
    return () => {
      live = false;
    };
  }, [key]);
  // A change of areas shows what is already here for the new ones, never the old ones' patches.
  return patches.key === key ? patches.fcs : loaded();
}
