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
