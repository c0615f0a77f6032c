/**
 * The detail patches (finer sea, land, coast and border where chapters zoom in: El Paso–Ciudad
 * Juárez, Los Angeles; see detail-areas.ts), over the overview basemap. A patch is loaded
 * only where the camera goes, and stays (precached) once loaded. A patch the arrived view does
 * not meet is hidden: MapLibre tiles only sources that a shown layer uses, so a hidden patch
 * costs nothing while the camera flies elsewhere. Before, every patch once loaded was tiled at
 * every view above its zoom, empty tiles and all (about a tenth of the worker's messages in a
 * read). A flight shows its destination's patches at once and keeps those it leaves until it
 * arrives.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { LonLat } from '@/content/schema';
import { detailAreasFor } from '@/lib/basemap/detail-areas';
import { detailUrl } from '@/lib/basemap/load-basemap';
import { detailBefore, geographyLayers } from './basemap-style';
import { UNCHECKED } from './send-changed';

export function createDetailPatches(map: MapLibreMap, size: Readonly<{ width: number; height: number }>, added: () => void) {
  /** Each patch added, by area: its layers, and whether they are shown. */
  const patches = new Map<string, { layers: string[]; shown: boolean }>();
  const show = (area: string, shown: boolean) => {
    const d = patches.get(area);
    if (!d || d.shown === shown) return;
    d.shown = shown;
    for (const id of d.layers) map.setLayoutProperty(id, 'visibility', shown ? 'visible' : 'none', UNCHECKED);
  };
  return {
    /**
     * The patches a view at `center` and `zoom` meets are shown (added the first time);
     * `settled` (the camera has arrived there): the others are hidden. Reads the cached map
     * size: a container size read here forced a layout of the whole page.
     */
    ensure(center: LonLat, zoom: number, settled: boolean): void {
      const wanted = new Set<string>();
      for (const area of detailAreasFor(center, zoom, size.width, size.height)) {
        wanted.add(area.id);
        if (patches.has(area.id)) {
          show(area.id, true);
          continue;
        }
        const id = `detail-${area.id}`;
        map.addSource(id, { type: 'geojson', data: detailUrl(area.id) });
        const before = detailBefore((map.getStyle()?.layers ?? []).map((l) => l.id));
        const layers = geographyLayers(id, `${id}-`, area.minZoom);
        for (const layer of layers) map.addLayer(layer, before);
        patches.set(area.id, { layers: layers.map((l) => l.id), shown: true });
        added();
      }
      if (settled) for (const area of patches.keys()) if (!wanted.has(area)) show(area, false);
    },
    /** The areas whose patches are shown. */
    shown: (): string[] => [...patches].filter(([, d]) => d.shown).map(([area]) => area),
  };
}
