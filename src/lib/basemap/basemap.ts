/**
 * The embedded basemap (public/basemap/basemap.json), shared by the WebGL map, the still maps
 * and CSS: its palette, its bounds and its label points. Pure: no fetch, no DOM.
 */
import type { Feature, FeatureCollection } from 'geojson';

/** Colours of the printed-atlas look, shared by the WebGL map, the static SVG map and CSS. */
export const basemapPalette = {
  sea: '#bccdd0',
  seaDeep: '#a9bec2',
  /** The shallow water along a coast: a soft band that sets the land off from the sea, by day and by night. */
  seaShallow: '#dce8e6',
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
  /** City context (Natural Earth): built-up areas, railways, rivers — quieter than the journey. */
  urban: '#e2d0b4',
  urbanEdge: '#9a8262',
  rail: '#8c7f70',
  river: '#6d8d94',
} as const;

/** Short, so that it stays on one line on a phone (the About chapter credits in full). */
export const BASEMAP_ATTRIBUTION = '© OpenStreetMap · US Census · Natural Earth';

/** West, south, east, north: the area covered by public/basemap/basemap.json. */
export const BASEMAP_BOUNDS: readonly [number, number, number, number] = [-132, 11, -84, 41];

export interface BasemapLabel {
  kind: 'city' | 'country' | 'state' | 'water';
  coordinates: [number, number];
  name: { es: string; en: string };
  rank: number;
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

const GAZETTEER_KINDS: Record<string, BasemapLabel['kind']> = {
  city: 'city', town: 'city', river: 'water', neighbourhood: 'state', region: 'state', road: 'state',
};

/**
 * The story's gazetteer as label points for the still maps (the WebGL map has its own layer):
 * towns as cities, rivers as water, neighbourhoods, regions and roads in small capitals.
 */
export function gazetteerLabels(
  entries: readonly { kind: string; rank: number; coordinates: readonly [number, number]; name: { es: string; en: string } }[],
): BasemapLabel[] {
  return entries.map((e) => ({
    kind: GAZETTEER_KINDS[e.kind] ?? 'city', coordinates: [e.coordinates[0], e.coordinates[1]], name: e.name, rank: Math.min(e.rank, 3),
  }));
}

/** Label points (cities, countries, states, water bodies) of a loaded basemap.json. */
export function basemapLabels(fc: FeatureCollection): BasemapLabel[] {
  return fc.features.map(toLabel).filter((label): label is BasemapLabel => label !== null);
}
