/**
 * The basemap in two resolutions: one overview of the whole region (basemap.json, loaded with
 * the map) and detail patches (basemap/detail-<id>.json) where chapters zoom in on a coast or
 * the border. A patch is opaque — its own sea, land, coast and border — so it simply covers the
 * overview beneath it from `minZoom` on. Pure: no fetch, no DOM.
 */
import type { LonLat } from '@/content/schema';

export type Bounds = readonly [west: number, south: number, east: number, north: number];

export interface DetailArea {
  id: string;
  /** West, south, east, north, degrees. */
  bounds: Bounds;
  /** Map zoom from which the patch is drawn over the overview. */
  minZoom: number;
  /** No sea and no coast in it: a gap in the land data is land (see tools/basemap/build.ts). */
  inland?: boolean;
}

/** Where the story zooms in on a coast or the border (El Paso–Ciudad Juárez, Los Angeles). */
export const DETAIL_AREAS: readonly DetailArea[] = [
  { id: 'el-paso', bounds: [-107.2, 31.15, -105.7, 32.5], minZoom: 7.5, inland: true },
  { id: 'los-angeles', bounds: [-118.95, 33.5, -117.45, 34.4], minZoom: 7.5 },
];

/** Degrees of longitude one pixel spans at a map zoom (512-px tiles, as MapLibre). */
const degPerPx = (zoom: number) => 360 / (512 * 2 ** zoom);

/**
 * The detail areas a view needs: those whose bounds meet the view (`widthPx` × `heightPx`
 * around `center` at map `zoom`), from one zoom level below their own `minZoom` so that the
 * patch is there by the time a flight arrives.
 */
export function detailAreasFor(center: LonLat, zoom: number, widthPx = 1920, heightPx = 1200): DetailArea[] {
  const halfW = (widthPx / 2) * degPerPx(zoom);
  // Mercator stretches latitude less than this near the equator: an over-estimate, on purpose.
  const halfH = (heightPx / 2) * degPerPx(zoom);
  const [x, y] = center;
  return DETAIL_AREAS.filter(({ bounds: [w, s, e, n], minZoom }) =>
    zoom >= minZoom - 1 && x + halfW >= w && x - halfW <= e && y + halfH >= s && y - halfH <= n);
}

/**
 * The detail areas a still map (the stand-in, the handout) draws over the overview: those a
 * view meets once it is at their own `minZoom` — the still map has no flight to prepare for.
 */
export const stillDetailAreas = (center: LonLat, zoom: number, widthPx: number, heightPx: number): DetailArea[] =>
  detailAreasFor(center, zoom, widthPx, heightPx).filter((area) => zoom >= area.minZoom);
