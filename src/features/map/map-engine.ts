/**
 * The live map's engine: MapLibre with the adapter, and the basemap. Both are cached (modules
 * by the browser, the basemap by `loadBasemap`), so asking early costs nothing later.
 */
import { loadBasemap } from '@/lib/basemap/load-basemap';

export const loadMapEngine = () => Promise.all([import('./adapter/map-adapter'), loadBasemap()]);

/** Starts fetching the engine while the live map's own code loads, not after it has rendered:
 * one round trip less before the map's first pixels. Failures are left to the real request. */
export function prefetchMapEngine(): void {
  loadMapEngine().catch(() => {});
}
