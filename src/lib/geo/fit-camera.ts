/**
 * A camera that shows a set of places whole, in Web Mercator (as maplibre draws it): used
 * to frame the places a character card lights up. Pure: no map, no DOM.
 */
import type { Camera, LonLat } from '@/content/schema';
import { latitudeAt, mercatorX, mercatorY, TILE_PX } from './mercator';

const toX = mercatorX;
const toY = mercatorY;
const toLat = latitudeAt;

export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface FitOptions {
  /** The map's size in CSS px. */
  width: number;
  height: number;
  /** Space kept free around the places, px: one number for every side, or each side (48). */
  padding?: number | Padding;
  /** The closest the camera comes, even for a single place (11). */
  maxZoom?: number;
}

/**
 * The flat, north-up camera (eased to) that fits every point inside the padded viewport.
 * `null` for no points or a viewport with no room left inside its padding.
 */
export function fitCamera(points: readonly LonLat[], { width, height, padding = 48, maxZoom = 11 }: FitOptions): Camera | null {
  const pad = typeof padding === 'number' ? { top: padding, right: padding, bottom: padding, left: padding } : padding;
  const w = width - pad.left - pad.right;
  const h = height - pad.top - pad.bottom;
  if (!points.length || w <= 0 || h <= 0) return null;
  const xs = points.map(([lon]) => toX(lon));
  const ys = points.map(([, lat]) => toY(lat));
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  // World units (0…1 across the map) → the zoom at which that span fills the room we have.
  const fit = Math.min(w / ((x1 - x0) * TILE_PX || Number.EPSILON), h / ((y1 - y0) * TILE_PX || Number.EPSILON));
  const zoom = Math.max(0, Math.min(maxZoom, Math.log2(fit)));
  // The places sit in the middle of the padded room, so the camera centre shifts by half
  // the difference between opposite paddings (px → world units at this zoom).
  const worldPx = TILE_PX * 2 ** zoom;
  const cx = (x0 + x1) / 2 + (pad.right - pad.left) / 2 / worldPx;
  const cy = (y0 + y1) / 2 + (pad.bottom - pad.top) / 2 / worldPx;
  const center: LonLat = [cx * 360 - 180, toLat(cy)];
  return { center, zoom, bearing: 0, pitch: 0, transition: 'ease' };
}
