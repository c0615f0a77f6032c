/**
 * The story's names on the map as MapLibre symbol layers: the gazetteer (towns, roads, rivers,
 * neighbourhoods the texts name) and the story places. MapLibre places them: no label overlaps
 * another, hides under a place's dot or leaves the map; story places win, then the names the
 * chapter's text uses, then the rest by rank. Language and scale change in place.
 */
import type { ExpressionSpecification, FilterSpecification, Map as MapLibreMap, SymbolLayerSpecification } from 'maplibre-gl';
import type { Feature, FeatureCollection, Point, Polygon } from 'geojson';
import type { GazetteerEntry, Lang } from '@/content/schema';
import { basemapPalette as p } from '@/lib/basemap/basemap';
import type { Padding } from '@/lib/geo/fit-camera';
import type { PlaceMarkerState } from '../place-states';
import { NO_PADDING } from './scene';
import { INVISIBLE } from './overlay-layers';
import { addStorySources, kindIs, setStoryPart, STORY_SOURCE } from './story-source';
import { anchorRings, BASEMAP_LABELS_SOURCE_ID, cityFilter, LABEL_FONT, LABEL_SIZES, nameIn, TOWN_CLEAR_EM } from './basemap-style';
import { chooseLinePoints, frameSpacingPx, lineLabelPoints } from './line-labels';
import { forgetSent, sendChanged, UNCHECKED } from './send-changed';
import { addPlaceDotImages, DOT_IMAGE } from './place-dots';

/** The gazetteer's own source, under a style without the basemap's labels source (which holds it otherwise). */
export const GAZETTEER_SOURCE = 'gazetteer';
const gazetteerSource = (map: MapLibreMap) => (map.getSource(BASEMAP_LABELS_SOURCE_ID) ? BASEMAP_LABELS_SOURCE_ID : GAZETTEER_SOURCE);
/** Layers drawn under the route (lines of roads and rivers). */
export const GAZETTEER_LINE_LAYERS = ['gazetteer-river', 'gazetteer-road'] as const;
const NAME_LAYERS = ['label-water', 'label-country', 'label-state', 'label-city', 'label-gazetteer', 'label-plan'] as const;

const SIZES: Record<string, ExpressionSpecification | number> = {
  ...LABEL_SIZES,
  'label-gazetteer': ['match', ['get', 'rank'], 1, 14, 2, 13, 12],
  'label-places': ['case', ['get', 'active'], 15, 13],
};

/**
 * Gazetteer entries as features: a point for each label, a line for each road or river. A
 * road or river is named at nested levels of points along it (`lz`, see line-labels): the map
 * shows only the levels far enough apart for its frame, so a name appears once or twice.
 */
export function gazetteerFeatures(entries: readonly GazetteerEntry[]): FeatureCollection {
  const features: Feature[] = entries.flatMap((e): Feature[] => {
    const properties = { id: e.id, kind: e.kind, rank: e.rank, minZoom: e.minZoom, name_es: e.name.es, name_en: e.name.en };
    const points = lineLabelPoints(e.coordinates, e.line).map(({ coordinates, lz }, i): Feature => ({
      type: 'Feature', properties: { ...properties, geom: 'point', lz, pid: `${e.id}:${i}`, online: e.line !== undefined },
      geometry: { type: 'Point', coordinates },
    }));
    if (!e.line) return points;
    return [...points, { type: 'Feature', properties: { ...properties, geom: 'line' }, geometry: { type: 'LineString', coordinates: e.line } }];
  });
  return { type: 'FeatureCollection', features };
}

/** Story places as features: their dots and names (the HTML buttons over them stay for focus and clicks). */
export function placeFeatures(places: readonly PlaceMarkerState[]): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: places.map((pl, i): Feature => ({
      type: 'Feature', id: i,
      properties: {
        part: 'place', id: pl.id, active: pl.active, highlighted: pl.highlighted, approximate: pl.approximate,
        // Only the chapter's places (and lit-up ones) are named; every dot still keeps its room.
        label: pl.active || pl.highlighted ? `${pl.approximate ? '≈ ' : ''}${pl.label}` : '',
      },
      geometry: { type: 'Point', coordinates: pl.coordinates },
    })),
  };
}

/** The places a chapter lit up while the camera was on its way, sent when it arrives. */
const heldPlaces = new WeakMap<MapLibreMap, FeatureCollection>();

/**
 * Sends the places' features to their source when they changed: they change less often than
 * the HTML buttons over them (an accessible name, a ringing phone), and each setData re-tiles.
 * While the camera moves they wait for its arrival (`fitLabelsToView`), when the walls along
 * the open part's edges change too, in the same source: one re-tiling a chapter, not two.
 */
export function setPlaceFeatures(map: MapLibreMap, places: readonly PlaceMarkerState[]): void {
  const data = placeFeatures(places);
  if (map.isMoving()) {
    heldPlaces.set(map, data);
    return;
  }
  heldPlaces.delete(map);
  sendPlaces(map, data);
}

function sendPlaces(map: MapLibreMap, data: FeatureCollection): void {
  sendChanged(map, 'places', data, () => setStoryPart(map, 'places', data.features));
}

/** What the frame decides about names: which the text uses, the line-name level, the open frame. */
export interface LabelFrame {
  /** Gazetteer ids the chapter's text names. */
  named: readonly string[];
  /** The points along roads and rivers this frame names (`pid`s, see chooseLinePoints), or null: each line's own. */
  linePoints: readonly string[] | null;
  /** The part of the map a name's point must lie in to be written whole, or null: anywhere. */
  inset: Polygon | null;
}

const ANYWHERE: LabelFrame = { named: [], linePoints: null, inset: null };

/**
 * Whether a gazetteer feature shows: from its own minZoom on, or always when the chapter's
 * text names it; a point along a line only at its frame's level; a name only where it can be
 * written whole inside the frame.
 */
export const gazetteerFilter = (frame: Pick<LabelFrame, 'named'> & Partial<LabelFrame>, geom: 'point' | 'line'): FilterSpecification => {
  const { named, linePoints = null, inset = null } = frame;
  const shown: FilterSpecification = ['any', ['in', ['get', 'id'], ['literal', [...named]]], ['>=', ['zoom'], ['get', 'minZoom']]];
  if (geom === 'line') return ['all', ['==', ['get', 'geom'], 'line'], shown];
  const along: FilterSpecification = ['any', ['!', ['get', 'online']],
    linePoints ? ['in', ['get', 'pid'], ['literal', [...linePoints]]] : ['==', ['get', 'lz'], -99]];
  return ['all', ['==', ['get', 'geom'], 'point'], shown, along, ...(inset ? [['within', inset] as ExpressionSpecification] : [])];
};

const sortKey = (named: readonly string[]): ExpressionSpecification =>
  ['case', ['in', ['get', 'id'], ['literal', [...named]]], 0, ['get', 'rank']];

const halo = { 'text-halo-color': p.paper, 'text-halo-width': 1.8, 'text-halo-blur': 0.4 } as const;
// Centred above or below first: a name whose point is inside the frame's inset then fits whole.
const ANCHORS = ['top', 'bottom', 'right', 'left', 'top-right', 'top-left', 'bottom-right', 'bottom-left'] as const;

function layers(lang: Lang, named: readonly string[], gazetteer: string): SymbolLayerSpecification[] {
  const font = [LABEL_FONT];
  return [
    {
      id: 'label-gazetteer', type: 'symbol', source: gazetteer, filter: gazetteerFilter({ named }, 'point'),
      layout: {
        'text-field': nameIn(lang), 'text-font': font, 'text-size': SIZES['label-gazetteer']!, 'text-max-width': 9,
        'icon-image': ['match', ['get', 'kind'], ['city', 'town'], 'town-dot', ''], 'icon-optional': true,
        'text-variable-anchor-offset': ['match', ['get', 'kind'], ['city', 'town'],
          ['literal', anchorRings(ANCHORS, 0.6, TOWN_CLEAR_EM)], ['literal', anchorRings(ANCHORS, 0)]],
        'text-justify': 'auto', 'text-padding': 3, 'symbol-sort-key': sortKey(named),
        'text-transform': ['match', ['get', 'kind'], ['neighbourhood', 'region'], 'uppercase', 'none'],
        'text-letter-spacing': ['match', ['get', 'kind'], ['neighbourhood', 'region'], 0.12, 0],
      },
      paint: { 'text-color': ['match', ['get', 'kind'], ['neighbourhood', 'region', 'road'], p.inkMuted, 'river', p.water, p.ink], ...halo },
    },
    {
      id: 'label-places', type: 'symbol', source: STORY_SOURCE, filter: ['all', kindIs('place'), ['!=', ['get', 'label'], '']],
      layout: {
        'text-field': ['get', 'label'], 'text-font': font, 'text-size': SIZES['label-places']!, 'text-max-width': 10,
        // 1.35 em: on a diagonal anchor the name then clears its own dot's box (at 1.1 em it
        // overlapped by a pixel, so only the four sides were ever tried: in a cluster of
        // places, "≈ Where Rosario lives" found none free and went unnamed).
        'text-variable-anchor': [...ANCHORS], 'text-radial-offset': 1.35, 'text-justify': 'auto', 'text-padding': 2,
        'symbol-sort-key': ['case', ['get', 'active'], 0, 1],
      },
      paint: { 'text-color': p.place, 'text-halo-color': '#fffaf2', 'text-halo-width': 2.4, 'text-halo-blur': 0.3 },
    },
    {
      // Above every label, so placed first: an invisible box the size of each place's dot
      // (the HTML button over it), which every label, a place's own included, keeps off.
      id: 'place-boxes', type: 'symbol', source: STORY_SOURCE, filter: kindIs('place'),
      layout: { 'icon-image': 'place-box', 'icon-allow-overlap': true },
      paint: INVISIBLE,
    },
    // The places' dots themselves (place-dots.ts), over every name. They take no room: the
    // boxes above keep the names off them. The chapter's and the lit-up places' in a layer on
    // top: a sort key orders them within a tile only, and a cluster can cross tiles.
    ...([false, true] as const).map((on): SymbolLayerSpecification => ({
      id: on ? 'place-dots-on' : 'place-dots', type: 'symbol', source: STORY_SOURCE,
      filter: ['all', kindIs('place'), ['==', ['any', ['get', 'active'], ['get', 'highlighted']], on]],
      layout: { 'icon-image': DOT_IMAGE, 'icon-allow-overlap': true, 'icon-ignore-placement': true },
    })),
  ];
}

/** Where each map may name its roads and rivers (the gazetteer source's points along lines). */
const lineCandidates = new WeakMap<MapLibreMap, { pid: string; entry: string; lngLat: [number, number] }[]>();

/** Adds the gazetteer and story-place sources and layers once per style (idempotent). */
export function addLabelLayers(map: MapLibreMap, gazetteer: readonly GazetteerEntry[], lang: Lang, beforeRoute: string | undefined): void {
  const source = gazetteerSource(map);
  if (!lineCandidates.has(map) || !map.getSource(source)) {
    // One set of features: the source's, and the points along lines the frame chooses from.
    const features = gazetteerFeatures(gazetteer);
    lineCandidates.set(map, features.features
      .filter((f) => f.properties?.online === true && f.properties.geom === 'point')
      .map((f) => ({ pid: String(f.properties!.pid), entry: String(f.properties!.id), lngLat: (f.geometry as Point).coordinates as [number, number] })));
    if (!map.getSource(source)) map.addSource(source, { type: 'geojson', data: features });
  }
  addStorySources(map);
  if (map.getLayer('label-places')) return;
  map.addLayer({
    id: 'gazetteer-river', type: 'line', source, minzoom: 5,
    filter: ['all', ['==', ['get', 'geom'], 'line'], ['==', ['get', 'kind'], 'river']],
    layout: { 'line-join': 'round', 'line-cap': 'round' },
    paint: { 'line-color': p.water, 'line-width': ['interpolate', ['linear'], ['zoom'], 5, 1, 12, 3], 'line-opacity': 0.75 },
  }, beforeRoute);
  map.addLayer({
    id: 'gazetteer-road', type: 'line', source, minzoom: 5,
    filter: ['all', ['==', ['get', 'geom'], 'line'], ['==', ['get', 'kind'], 'road']],
    layout: { 'line-join': 'round', 'line-cap': 'round' },
    paint: { 'line-color': '#c9a66b', 'line-width': ['interpolate', ['linear'], ['zoom'], 5, 1, 12, 4], 'line-opacity': 0.8 },
  }, beforeRoute);
  forgetSent(map, ...FRAME_SENDS); // new layers (a new style): nothing given to them yet
  for (const layer of layers(lang, [], source)) map.addLayer(layer);
}

/** Re-labels every name in place (no style reload). */
export function setLabelLanguage(map: MapLibreMap, lang: Lang): void {
  for (const id of NAME_LAYERS) if (map.getLayer(id)) map.setLayoutProperty(id, 'text-field', nameIn(lang));
}

const frames = new WeakMap<MapLibreMap, LabelFrame>();
/** What a frame sends to the label layers (each name's last value is remembered, see send-changed.ts). */
const FRAME_SENDS = ['gazetteer-filter', 'gazetteer-sort', 'city-filter'];

/** Keeps the frame's new parts; sends the layers' filters and sort key unless `hold`. */
function applyFrame(map: MapLibreMap, next: Partial<LabelFrame>, hold = false): void {
  const frame = { ...(frames.get(map) ?? ANYWHERE), ...next };
  frames.set(map, frame);
  if (hold || !map.getLayer('label-gazetteer')) return;
  // Each new filter or sort key makes MapLibre re-tile the layer's whole source: only what changed.
  const filter = gazetteerFilter(frame, 'point');
  sendChanged(map, 'gazetteer-filter', filter, () => map.setFilter('label-gazetteer', filter, UNCHECKED));
  const order = sortKey(frame.named);
  sendChanged(map, 'gazetteer-sort', order, () => map.setLayoutProperty('label-gazetteer', 'symbol-sort-key', order, UNCHECKED));
  if (map.getLayer('label-city')) {
    const city = cityFilter(frame.inset);
    sendChanged(map, 'city-filter', city, () => map.setFilter('label-city', city, UNCHECKED));
  }
}

/**
 * The names the chapter's text uses show at its camera, and win the places they compete for.
 * While the camera moves they wait for its arrival, when the frame's names are fitted to the
 * view (`fitLabelsToView`): the labels' source is then re-tiled once a chapter, not twice.
 */
export function setNamed(map: MapLibreMap, named: readonly string[]): void {
  applyFrame(map, { named }, map.isMoving());
}

/** Room a road's or river's name needs from the open part's edges (CSS px): half a long name across, a line up and down. */
export const EDGE_INSET = { x: 80, y: 22 } as const;
/** How far inside the open part a named point must be for its name to show (its dot in view), px. */
export const POINT_INSET = 6;

/**
 * Fits the names to the view the map shows now, in the open part of the map (`padding`: what
 * covers its edges): roads and rivers named once or twice across it, and only points inside
 * it named (walls, label-walls.ts, keep each name whole inside it). Called when the camera
 * arrives, it also sends what waited for the arrival: the chapter's names and lit-up places.
 */
export function fitLabelsToView(map: MapLibreMap, size: Readonly<{ width: number; height: number }>, padding: Padding = NO_PADDING): void {
  const places = heldPlaces.get(map);
  heldPlaces.delete(map);
  if (places) sendPlaces(map, places);
  // The adapter's cached size: reading the container here, at every moveend, forced a layout.
  const { width: w, height: h } = size;
  const { left, right, top, bottom } = padding;
  const ow = w - left - right, oh = h - top - bottom;
  if (ow <= 0 || oh <= 0) {
    applyFrame(map, {}); // no open part to fit: the names the chapter uses, as they are
    return;
  }
  const d = Math.min(POINT_INSET, ow / 4, oh / 4);
  const ring = [[left + d, top + d], [w - right - d, top + d], [w - right - d, h - bottom - d], [left + d, h - bottom - d], [left + d, top + d]].map(([px, py]) => {
    const ll = map.unproject([px!, py!]);
    return [Math.round(ll.lng * 1e5) / 1e5, Math.round(ll.lat * 1e5) / 1e5];
  });
  const inset = { x: Math.min(EDGE_INSET.x, ow / 4), y: Math.min(EDGE_INSET.y, oh / 4) };
  // Candidates in the open part's own coordinates.
  const candidates = (lineCandidates.get(map) ?? []).map(({ pid, entry, lngLat }) => {
    const p = map.project(lngLat);
    return { pid, entry, at: [p.x - left, p.y - top] as const };
  });
  applyFrame(map, {
    // Nearest the middle of the open part of the map (not under the card).
    linePoints: chooseLinePoints(candidates, ow, oh, inset, frameSpacingPx(ow, oh)),
    inset: { type: 'Polygon', coordinates: [ring] },
  });
}

/** Images the label layers use, drawn here (no sprite file): a town's dot, a place's room and dots. */
export function addLabelImages(map: MapLibreMap): void {
  addPlaceDotImages(map);
  const disc = (size: number, rgba: [number, number, number, number], ring = false) => {
    const data = new Uint8Array(size * size * 4);
    const r = size / 2;
    for (let y = 0; y < size; y++) {
      for (let x = 0; x < size; x++) {
        const d = Math.hypot(x + 0.5 - r, y + 0.5 - r);
        const inside = Math.max(0, Math.min(1, r - d));
        const edge = ring && d > r - 1.6;
        const i = (y * size + x) * 4;
        data.set(edge ? [251, 247, 238, 255 * inside] : [rgba[0], rgba[1], rgba[2], rgba[3] * inside], i);
      }
    }
    return { width: size, height: size, data };
  };
  if (!map.hasImage('town-dot')) map.addImage('town-dot', disc(8, [51, 40, 31, 255], true), { pixelRatio: 1 });
  if (!map.hasImage('place-box')) map.addImage('place-box', { width: 22, height: 22, data: new Uint8Array(22 * 22 * 4) }, { pixelRatio: 1 });
}
