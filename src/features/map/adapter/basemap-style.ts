/** The MapLibre style that draws the embedded basemap: no tiles, no glyphs, no network. */
import type { ExpressionSpecification, LineLayerSpecification, StyleSpecification } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import { BASEMAP_ATTRIBUTION, basemapPalette } from '@/lib/basemap/basemap';

export const BASEMAP_SOURCE_ID = 'basemap';

const byZoom = (...stops: number[]): ExpressionSpecification => [
  'interpolate',
  ['exponential', 1.5],
  ['zoom'],
  ...stops,
];

const layerIs = (layer: string): ExpressionSpecification => ['==', ['get', 'layer'], layer];

/** A line layer over one `layer` of the basemap's features; rounded joins and caps unless told. */
const lineLayer = (
  id: string,
  layer: string,
  paint: LineLayerSpecification['paint'],
  layout: LineLayerSpecification['layout'] = { 'line-join': 'round', 'line-cap': 'round' },
): LineLayerSpecification => ({ id, type: 'line', source: BASEMAP_SOURCE_ID, filter: layerIs(layer), layout, paint });

/**
 * A MapLibre style drawing only the embedded basemap. Given the basemap's data (already
 * loaded), MapLibre does not fetch it a second time; given its URL, it does.
 */
export function basemapStyle(basemap: string | FeatureCollection): StyleSpecification {
  const p = basemapPalette;
  return {
    version: 8,
    name: 'Under the Same Moon — paper atlas',
    sources: {
      [BASEMAP_SOURCE_ID]: { type: 'geojson', data: basemap, attribution: BASEMAP_ATTRIBUTION },
    },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': p.sea } },
      {
        id: 'land',
        type: 'fill',
        source: BASEMAP_SOURCE_ID,
        filter: layerIs('land'),
        paint: { 'fill-color': p.land, 'fill-antialias': true },
      },
      {
        id: 'country-fill',
        type: 'fill',
        source: BASEMAP_SOURCE_ID,
        filter: layerIs('country'),
        paint: {
          'fill-color': ['match', ['get', 'iso'], 'MEX', p.mexico, 'USA', p.usa, p.land],
        },
      },
      lineLayer('coast', 'coast', { 'line-color': p.coast, 'line-width': byZoom(3, 0.6, 8, 1.6), 'line-opacity': 0.9 }),
      lineLayer('state-lines', 'state', {
        'line-color': p.state,
        'line-width': byZoom(3, 0.6, 8, 1.4),
        'line-dasharray': [3, 2],
        'line-opacity': 0.85,
      }, { 'line-join': 'round' }),
      // The border drawn three times over (a paper halo, a terracotta band, a dashed ink line),
      // clear but thinner than the journey's line (4.5 px on an 8 px casing): the route leads.
      lineLayer('border-halo', 'border', { 'line-color': p.borderHalo, 'line-width': byZoom(3, 4, 8, 8), 'line-blur': 1, 'line-opacity': 0.8 }),
      lineLayer('border-band', 'border', { 'line-color': p.borderBand, 'line-width': byZoom(3, 3, 8, 6), 'line-opacity': 0.3 }),
      lineLayer('border', 'border', {
        'line-color': p.border,
        'line-width': byZoom(3, 1.3, 8, 2.2),
        'line-dasharray': [4, 1.5, 1, 1.5],
        'line-opacity': 0.85,
      }, { 'line-join': 'round' }),
    ],
  };
}

