/**
 * How much of a map the things laid over it cover, edge by edge (CSS px): a slide card along
 * the left, a legend along the bottom. Cameras use it as padding so the chapter's places sit
 * in the open part. Pure: rectangles in, padding out.
 */
import type { Padding } from '@/lib/geo/fit-camera';

export type Edge = keyof Padding;
/**
 * The edge a cover lies along, or `nearest`: whichever edge the cover is shallowest from,
 * for a cover that moves with the map's size (the map controls: a bar along the bottom on a
 * big map, one compact button in the top-right corner of a small one).
 */
export type CoverEdge = Edge | 'nearest';

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Room kept between a cover and the places framed beside it, px. */
export const COVER_GAP = 12;

/**
 * The padding that keeps clear of every cover, each along the edge it hugs; a cover outside
 * the map (or with no size) adds nothing. Never more than 70% of the map per axis, so a
 * small screen still has a map to frame in.
 */
export function coveredPadding(map: Box, covers: readonly { box: Box | null; edge: CoverEdge }[]): Padding {
  const pad: Padding = { top: 0, right: 0, bottom: 0, left: 0 };
  const width = map.right - map.left;
  const height = map.bottom - map.top;
  for (const { box, edge } of covers) {
    if (!box || box.right <= box.left || box.bottom <= box.top) continue;
    if (box.right <= map.left || box.left >= map.right || box.bottom <= map.top || box.top >= map.bottom) continue;
    const depths: Record<Edge, number> = {
      left: box.right - map.left,
      right: map.right - box.left,
      top: box.bottom - map.top,
      bottom: map.bottom - box.top,
    };
    const side = edge === 'nearest' ? nearestEdge(depths) : edge;
    pad[side] = Math.max(pad[side], Math.round(depths[side] + COVER_GAP));
  }
  const fit = (a: number, b: number, size: number): [number, number] => {
    const max = size * 0.7;
    const k = a + b > max ? max / (a + b) : 1;
    return [Math.round(a * k), Math.round(b * k)];
  };
  [pad.left, pad.right] = fit(pad.left, pad.right, width);
  [pad.top, pad.bottom] = fit(pad.top, pad.bottom, height);
  return pad;
}

/** The edge a box is shallowest from (ties: top and bottom before the sides, keeping width for the places). */
function nearestEdge(depths: Record<Edge, number>): Edge {
  return (['top', 'bottom', 'left', 'right'] as const).reduce((best, e) => (depths[e] < depths[best] ? e : best));
}
