/**
 * The one place that decides how the map moves. Under `prefers-reduced-motion` no camera
 * flies: a far move becomes a short crossfade, a near one a jump.
 */
import type { Transition } from '@/content/constants';

export type MapMove = { kind: 'fly' | 'ease'; durationMs: number } | { kind: 'jump' } | { kind: 'fade'; durationMs: number };

export function planMove(transition: Transition, reducedMotion: boolean, far: boolean): MapMove {
  if (reducedMotion) return far ? { kind: 'fade', durationMs: 280 } : { kind: 'jump' };
  if (transition === 'jump') return { kind: 'jump' };
  return transition === 'fly' ? { kind: 'fly', durationMs: 2200 } : { kind: 'ease', durationMs: 1200 };
}

/** True when two cameras are far enough apart (degrees of centre, or zoom levels) to disorient. */
export function isFarMove(a: { center: readonly [number, number]; zoom: number }, b: { center: readonly [number, number]; zoom: number }): boolean {
  const dLon = Math.abs(a.center[0] - b.center[0]);
  const dLat = Math.abs(a.center[1] - b.center[1]);
  return Math.abs(a.zoom - b.zoom) > 1.5 || Math.max(dLon, dLat) > 360 / 2 ** (Math.min(a.zoom, b.zoom) + 1);
}

/** Width and height (CSS px) of the map a story's cameras were framed for: the desktop reading map. */
export const FRAMED_FOR = { width: 800, height: 720 } as const;

/**
 * The zoom that shows a camera's area on a map of another size: a phone's small map zooms
 * out, a projector's large one in. Zoom is log2 of scale, so a map half as wide needs one
 * level less. Returns the zoom unchanged for a map not yet measured (zero size).
 */
export function zoomForSize(zoom: number, width: number, height: number): number {
  if (width <= 0 || height <= 0) return zoom;
  const scale = Math.min(width / FRAMED_FOR.width, height / FRAMED_FOR.height);
  return Math.max(0, zoom + Math.log2(scale));
}
