/**
 * Where the moon sits on the map: in the sky corner (top right) of the open part, a gap in
 * from the covers. LiveMap places it there; the map's names keep off the same box.
 */
import type { Padding } from '@/lib/geo/fit-camera';

/** Gap between the moon and the open part's edges, CSS px. */
export const MOON_GAP = 12;
/** The moon's size at scale 1, CSS px (map.css: 3.2rem). */
export const MOON_PX = 51.2;

export function moonBox(width: number, padding: Padding, scale = 1): { left: number; top: number; right: number; bottom: number } {
  const right = width - padding.right - MOON_GAP;
  const top = padding.top + MOON_GAP;
  const size = MOON_PX * scale;
  return { left: right - size, top, right, bottom: top + size };
}
