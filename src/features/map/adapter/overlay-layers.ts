/** The story's own layers drawn over the basemap: the journey (ahead, travelled) and call arcs. */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Feature, LineString } from 'geojson';
import type { LonLat } from '@/content/schema';
import { basemapPalette as p } from '@/lib/basemap/basemap';

export const OVERLAY = { ahead: 'route-ahead', travelled: 'route-travelled', call: 'call-arc' } as const;

export const lineFeature = (coordinates: LonLat[]): Feature<LineString> => ({
  type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates },
});
export const emptyLine = (): Feature<LineString> => lineFeature([]);

/** Adds the overlay sources and layers once per style (idempotent). */
export function addOverlayLayers(map: MapLibreMap): void {
  for (const id of Object.values(OVERLAY)) {
    if (!map.getSource(id)) map.addSource(id, { type: 'geojson', data: emptyLine() });
  }
  if (map.getLayer('route-ahead-line')) return;
  map.addLayer({
    id: 'route-ahead-line', type: 'line', source: OVERLAY.ahead,
    layout: { 'line-cap': 'round', 'line-join': 'round' },
    paint: { 'line-color': p.routeFaint, 'line-width': 2.5, 'line-opacity': 0.75, 'line-dasharray': [1.5, 1.5] },
  });
  map.addLayer({
    id: 'route-travelled-casing', type: 'line', source: OVERLAY.travelled,
    layout: { 'line-cap': 'round', 'line-join': 'round' },
    paint: { 'line-color': p.paper, 'line-width': 8 },
  });
  map.addLayer({
    id: 'route-travelled-line', type: 'line', source: OVERLAY.travelled,
    layout: { 'line-cap': 'round', 'line-join': 'round' },
    paint: { 'line-color': p.route, 'line-width': 4.5 },
  });
  map.addLayer({
    id: 'call-arc-line', type: 'line', source: OVERLAY.call,
    layout: { 'line-cap': 'round' },
    paint: { 'line-color': '#8a6a00', 'line-width': 3, 'line-dasharray': [0.5, 2] },
  });
}
