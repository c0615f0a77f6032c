import type { ExpressionSpecification, LineLayerSpecification, StyleSpecification } from 'maplibre-gl';
import type { Feature, FeatureCollection } from 'geojson';

/** Colours of the printed-atlas look, shared by the WebGL map, the static SVG map and CSS. */
export const basemapPalette = {
  sea: '#bccdd0',
  seaDeep: '#a9bec2',
  land: '#f4ecda',
  usa: '#f3e9d2',
  mexico: '#f0dcc0',
  coast: '#7f979b',
  state: '#a8957a',
  border: '#3a2722',
  borderBand: '#c2643c',
  borderHalo: '#fbf5e8',
  ink: '#33281f',
  inkMuted: '#6c5b4c',
  water: '#4f6d74',
  route: '#27466e',
  routeFaint: '#7d8fa8',
  place: '#b2462b',
  paper: '#fbf7ee',
} as const;

export const BASEMAP_ATTRIBUTION = 'Natural Earth · US Census (us-atlas)';

/** West, south, east, north: the area covered by public/basemap/basemap.json. */
export const BASEMAP_BOUNDS: readonly [number, number, number, number] = [-132, 11, -84, 41];

export const BASEMAP_SOURCE_ID = 'basemap';

export interface BasemapLabel {
  kind: 'city' | 'country' | 'state' | 'water';
  coordinates: [number, number];
  name: { es: string; en: string };
  rank: number;
}

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

/** A MapLibre style drawing only the embedded basemap: no tiles, no glyphs, no network. */
export function basemapStyle(basemapUrl: string): StyleSpecification {
  const p = basemapPalette;
  return {
    version: 8,
    name: 'Under the Same Moon — paper atlas',
    sources: {
      [BASEMAP_SOURCE_ID]: { type: 'geojson', data: basemapUrl, attribution: BASEMAP_ATTRIBUTION },
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
      // The border drawn three times over: a paper halo, a terracotta band, a dashed ink line.
      lineLayer('border-halo', 'border', { 'line-color': p.borderHalo, 'line-width': byZoom(3, 7, 8, 16), 'line-blur': 1 }),
      lineLayer('border-band', 'border', { 'line-color': p.borderBand, 'line-width': byZoom(3, 5, 8, 12), 'line-opacity': 0.5 }),
      lineLayer('border', 'border', {
        'line-color': p.border,
        'line-width': byZoom(3, 1.8, 8, 3.2),
        'line-dasharray': [4, 1.5, 1, 1.5],
      }, { 'line-join': 'round' }),
    ],
  };
}

const LABEL_KINDS: Record<string, BasemapLabel['kind']> = {
  city: 'city',
  'country-label': 'country',
  'state-label': 'state',
  'water-label': 'water',
};

function toLabel(feature: Feature): BasemapLabel | null {
  const props = feature.properties ?? {};
  const kind = typeof props.layer === 'string' ? LABEL_KINDS[props.layer] : undefined;
  if (!kind || feature.geometry?.type !== 'Point') return null;
  const [lon, lat] = feature.geometry.coordinates;
  const { name_es: es, name_en: en, rank } = props as Record<string, unknown>;
  if (typeof lon !== 'number' || typeof lat !== 'number') return null;
  if (typeof es !== 'string' || typeof en !== 'string') return null;
  return { kind, coordinates: [lon, lat], name: { es, en }, rank: typeof rank === 'number' ? rank : 1 };
}

/** Label points (cities, countries, states, water bodies) of a loaded basemap.json. */
export function basemapLabels(fc: FeatureCollection): BasemapLabel[] {
  return fc.features.map(toLabel).filter((label): label is BasemapLabel => label !== null);
}
