/**
 * The MapLibre style of the embedded basemap: no tiles, no network but the site's own files.
 * Labels are symbol layers (collision, priorities, halos, variable anchors) drawn with the
 * self-hosted Literata through the style's `font-faces`, so no glyph server is needed.
 */
import type {
  ExpressionSpecification, FilterSpecification, LayerSpecification, LineLayerSpecification, StyleSpecification,
  SymbolLayerSpecification,
} from 'maplibre-gl';
import type { Feature, FeatureCollection, Polygon } from 'geojson';
import type { Lang } from '@/content/schema';
import { BASEMAP_ATTRIBUTION, basemapPalette } from '@/lib/basemap/basemap';

export const BASEMAP_SOURCE_ID = 'basemap';
/** The font name labels use; `font-faces` maps it to the self-hosted file. */
export const LABEL_FONT = 'Literata';

const byZoom = (...stops: number[]): ExpressionSpecification => ['interpolate', ['exponential', 1.5], ['zoom'], ...stops];
const layerIs = (layer: string): ExpressionSpecification => ['==', ['get', 'layer'], layer];

/** The label text in a language (features carry `name_es` and `name_en`). */
export const nameIn = (lang: Lang): ExpressionSpecification => ['coalesce', ['get', `name_${lang}`], ['get', 'name_en']];

export type LabelAnchor = 'top' | 'bottom' | 'left' | 'right' | 'top-left' | 'top-right' | 'bottom-left' | 'bottom-right';
const D = Math.SQRT1_2;
/** Em from a town's point at which its name clears a story place's dot drawn over it. */
export const TOWN_CLEAR_EM = 1.7;
/** The direction (x right, y down) a name moves from its point when it hangs from this anchor. */
const AWAY: Record<LabelAnchor, [number, number]> = {
  top: [0, 1], bottom: [0, -1], left: [1, 0], right: [-1, 0],
  'top-left': [D, D], 'top-right': [-D, D], 'bottom-left': [D, -D], 'bottom-right': [-D, -D],
};

/**
 * A `text-variable-anchor-offset` that tries every anchor at each distance in turn (em, nearest
 * first), as `text-radial-offset` would at one distance. The further ring is for a town whose
 * own dot lies under a story place's dot (Los Angeles under the payphone corner, Tucson under
 * its story place): its dot gives way (`icon-optional`) and its name is written just clear of
 * the place's dot instead of being dropped.
 */
export function anchorRings(anchors: readonly LabelAnchor[], ...radii: number[]): (LabelAnchor | [number, number])[] {
  return radii.flatMap((r) => anchors.flatMap((a): (LabelAnchor | [number, number])[] => [a, [AWAY[a][0] * r + 0, AWAY[a][1] * r + 0]]));
}

/** A line layer over one `layer` of a basemap source; rounded joins and caps unless told. */
const lineLayer = (
  id: string, source: string, filter: FilterSpecification, paint: LineLayerSpecification['paint'],
  extra: Partial<LineLayerSpecification> = {},
): LineLayerSpecification => ({
  id, type: 'line', source, filter, layout: { 'line-join': 'round', 'line-cap': 'round' }, paint, ...extra,
});

/**
 * Sea, countries, state lines and the border of one basemap source. A detail patch (`minzoom`)
 * is opaque — its own sea over the overview's land — so it covers the overview beneath it.
 */
export function geographyLayers(source: string, prefix: string, minzoom = 0): LayerSpecification[] {
  const p = basemapPalette;
  const z = minzoom > 0 ? { minzoom } : {};
  const border = ['all', layerIs('border')] as FilterSpecification;
  const countryFill: ExpressionSpecification = ['match', ['get', 'iso'], 'MEX', p.mexico, 'USA', p.usa, p.land];
  const river = ['all', layerIs('border'), ['==', ['get', 'river'], true]] as FilterSpecification;
  // The border: a paper halo, the river where it is one, a faint terracotta band, a dashed ink
  // line — clear, but quieter than the route.
  return [
    { id: `${prefix}sea`, type: 'fill', source, filter: layerIs('sea'), paint: { 'fill-color': p.sea }, ...z },
    // Shallow water: a soft band along the coast, drawn under the land so only its sea side
    // shows. The overview has no coast lines, so it follows the countries' outlines (their
    // shared border is under both fills); a patch follows its coast lines, never its cut edges.
    lineLayer(`${prefix}sea-shallow`, source, layerIs(minzoom > 0 ? 'coast' : 'country'), {
      'line-color': p.seaShallow, 'line-width': byZoom(3, 7, 12, 18), 'line-blur': byZoom(3, 5, 12, 13),
    }, z),
    {
      id: `${prefix}country-fill`, type: 'fill', source, filter: layerIs('country'), ...z,
      paint: {
        'fill-color': countryFill,
        // The overview has no separate coastline: the fill's outline draws it. A detail patch's
        // outline is its own fill, so that the patch's straight edges (and the holes its data
        // fills in, such as the dry lake west of Ciudad Juárez) never show as faint lines.
        // The overview's coast colour is written per feature (the same colour either way), so that
        // both draw with one shader: a patch's first frame, mid-read, compiled a new one (~50 ms).
        'fill-outline-color': minzoom > 0 ? countryFill : ['match', ['get', 'iso'], 'MEX', p.coast, p.coast],
      },
    },
    // City context: built-up areas, lakes, rivers and railways, all quieter than the journey.
    {
      id: `${prefix}urban`, type: 'fill', source, filter: layerIs('urban'), ...z,
      // The edge is a faint ink line, so that by night (when ink is lit) the cities still show.
      paint: { 'fill-color': p.urban, 'fill-outline-color': p.urbanEdge, 'fill-opacity': ['interpolate', ['linear'], ['zoom'], 5, 0.5, 9, 0.75] },
    },
    { id: `${prefix}lake`, type: 'fill', source, filter: layerIs('lake'), paint: { 'fill-color': p.sea, 'fill-outline-color': p.coast }, ...z },
    lineLayer(`${prefix}river`, source, layerIs('river'), { 'line-color': p.river, 'line-width': byZoom(5, 0.6, 13, 3), 'line-opacity': 0.75 }, z),
    lineLayer(`${prefix}rail`, source, layerIs('rail'), {
      'line-color': p.rail, 'line-width': byZoom(7, 0.6, 13, 1.6), 'line-opacity': ['interpolate', ['linear'], ['zoom'], 6, 0, 7.5, 0.7],
      'line-dasharray': [6, 1.5],
    }, z),
    lineLayer(`${prefix}coast`, source, layerIs('coast'), { 'line-color': p.coast, 'line-width': byZoom(3, 0.6, 12, 2) }, z),
    lineLayer(`${prefix}state-lines`, source, layerIs('state'), {
      'line-color': p.state, 'line-width': byZoom(3, 0.6, 8, 1.4), 'line-dasharray': [3, 2], 'line-opacity': 0.85,
    }, z),
    lineLayer(`${prefix}border-halo`, source, border, { 'line-color': p.borderHalo, 'line-width': byZoom(3, 3, 12, 8), 'line-blur': 1, 'line-opacity': 0.7 }, z),
    // Where the border is the Rio Grande, the river runs under the dashes.
    lineLayer(`${prefix}border-river`, source, river, { 'line-color': p.water, 'line-width': byZoom(5, 1.5, 13, 7), 'line-opacity': 0.8 }, z),
    lineLayer(`${prefix}border-band`, source, border, { 'line-color': p.borderBand, 'line-width': byZoom(3, 2, 12, 5), 'line-opacity': 0.3 }, z),
    lineLayer(`${prefix}border`, source, border, {
      'line-color': p.border, 'line-width': byZoom(3, 1.2, 12, 2.4), 'line-dasharray': [4, 1.5, 1, 1.5], 'line-opacity': 0.85,
    }, { ...z, layout: { 'line-join': 'round' } }),
  ];
}

/**
 * The layer a detail patch's geography goes under: the first drawn over the overview's
 * geography (a drawn plan, the gazetteer's roads and rivers, the journey, the labels). An
 * opaque patch placed higher would hide what is drawn on the land — as it hid the corner's plan.
 */
export function detailBefore(layerIds: readonly string[]): string | undefined {
  return layerIds.find((id) => /^(plan-|gazetteer-|route-|call-|label-|place-)/.test(id));
}

/** Where basemap labels start to show, by rank (1 biggest). */
const RANK_ZOOM: ExpressionSpecification = ['match', ['get', 'rank'], 1, 2.5, 2, 4.5, 3, 6, 7];

const halo = { 'text-halo-color': basemapPalette.paper, 'text-halo-width': 1.6, 'text-halo-blur': 0.4 } as const;

/** Every label layer and the size each text has at scale 1 (pixels; a projector scales them, see scale-size.ts). */
export const LABEL_SIZES: Record<string, ExpressionSpecification | number> = {
  'label-water': 13,
  'label-country': 15,
  'label-state': 11,
  'label-city': ['match', ['get', 'rank'], 1, 13, 12],
};

/**
 * Which basemap cities are named: by rank and zoom, and (`inset`, set by the map for its view)
 * only those far enough inside the frame to be written whole.
 */
export const cityFilter = (inset: Polygon | null): FilterSpecification =>
  ['all', layerIs('city'), ['>=', ['zoom'], RANK_ZOOM], ...(inset ? [['within', inset] as ExpressionSpecification] : [])];

/**
 * The basemap's points (the names of seas, countries, states and cities) as a source of their
 * own: fitting names to the view changes the cities' filter at every camera's arrival, and a
 * layer's new filter makes MapLibre rebuild every tile of its source. On the whole basemap that
 * was every border, river, railway and built-up area, again, at each chapter.
 */
export const BASEMAP_LABELS_SOURCE_ID = 'basemap-labels';

/** Basemap labels: seas, countries, states and cities, from the basemap's points. */
export function basemapLabelLayers(lang: Lang, source: string = BASEMAP_SOURCE_ID): SymbolLayerSpecification[] {
  const p = basemapPalette;
  const font = [LABEL_FONT];
  const text = (id: string, filter: FilterSpecification, layout: SymbolLayerSpecification['layout'], color: string, sortKey?: ExpressionSpecification): SymbolLayerSpecification => ({
    id, type: 'symbol', source, filter,
    layout: {
      'text-field': nameIn(lang), 'text-font': font, 'text-size': LABEL_SIZES[id]!, 'text-max-width': 8,
      'text-padding': 3, ...(sortKey ? { 'symbol-sort-key': sortKey } : {}), ...layout,
    },
    paint: { 'text-color': color, ...halo },
  });
  // A sea's or country's name may slide off its point (to either side, up or down) to stay
  // whole in the open part of the map: the walls (label-walls.ts) refuse names that cross an edge.
  const slide: SymbolLayerSpecification['layout'] = { 'text-variable-anchor': ['center', 'left', 'right', 'top', 'bottom'], 'text-justify': 'center' };
  return [
    text('label-water', layerIs('water-label'), { 'text-letter-spacing': 0.15, ...slide }, p.water),
    text('label-country', layerIs('country-label'), { 'text-letter-spacing': 0.25, 'text-transform': 'uppercase', ...slide }, p.inkMuted),
    text('label-state', ['all', layerIs('state-label'), ['>=', ['zoom'], ['match', ['get', 'rank'], 2, 4.5, 5.5]]],
      { 'text-letter-spacing': 0.15, 'text-transform': 'uppercase' }, '#8a7763', ['get', 'rank']),
    text('label-city', cityFilter(null), {
      'icon-image': 'town-dot', 'icon-size': 1, 'icon-optional': true,
      // Centred above or below first: a city kept inside the frame's inset fits whole.
      'text-variable-anchor-offset': anchorRings(['top', 'bottom', 'right', 'left'], 0.55, TOWN_CLEAR_EM), 'text-justify': 'auto',
    }, p.ink, ['get', 'rank']),
  ];
}

/**
 * A MapLibre style drawing only the embedded basemap. Given the basemap's data (already
 * loaded), MapLibre does not fetch it a second time; given its URL, it does.
 * `fontUrl`: the self-hosted Literata file (woff2) the labels are drawn with. `names`: more
 * named features (the gazetteer's) for the labels' source, so that one source, not two, is
 * tiled at every zoom and re-tiled when the view's names are fitted.
 */
export function basemapStyle(basemap: string | FeatureCollection, fontUrl?: string, lang: Lang = 'en', names: Feature[] = []): StyleSpecification {
  // Loaded data splits into its shapes and its named points; a URL is fetched once, whole.
  const split = typeof basemap !== 'string';
  const points = (f: FeatureCollection['features'][number]) => f.geometry.type === 'Point';
  const shapes = split ? { ...basemap, features: basemap.features.filter((f) => !points(f)) } : basemap;
  const labelSource = split ? BASEMAP_LABELS_SOURCE_ID : BASEMAP_SOURCE_ID;
  return {
    version: 8,
    name: 'Under the Same Moon — paper atlas',
    ...(fontUrl ? { 'font-faces': { [LABEL_FONT]: [{ url: fontUrl }] } } : {}),
    sources: {
      [BASEMAP_SOURCE_ID]: { type: 'geojson', data: shapes, attribution: BASEMAP_ATTRIBUTION },
      ...(split ? { [BASEMAP_LABELS_SOURCE_ID]: { type: 'geojson', data: { ...basemap, features: [...basemap.features.filter(points), ...names] } } } : {}),
    },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': basemapPalette.sea } },
      ...geographyLayers(BASEMAP_SOURCE_ID, ''),
      ...basemapLabelLayers(lang, labelSource),
    ],
  };
}
