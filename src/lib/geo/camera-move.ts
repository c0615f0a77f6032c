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

/** The shortest flight, ms: as long as an ease (a chapter's near move). */
export const SHORTEST_FLIGHT_MS = 1200;

/**
 * How long a flight takes, ms: a flight's length as MapLibre's flyTo measures it (van Wijk and
 * Nuij's zoom-and-pan path, curve 1.42, in screens travelled) at flyTo's default speed of 1.2
 * screens a second, kept within [minMs, maxMs]. A hop across town takes the short time; a flight
 * across the country the full `maxMs`, as every flight did before (a short hop took
 * 2.2 s too, redrawing a map that barely moved).
 * `distancePx`: between the centres, at the starting zoom; `viewPx`: the map's larger side.
 */
export function flightMs(distancePx: number, viewPx: number, zoomDelta: number, maxMs: number, minMs: number): number {
  const rho = 1.42;
  const rho2 = rho * rho;
  const w0 = Math.max(1, viewPx);
  const w1 = w0 / 2 ** zoomDelta;
  const u1 = Math.abs(distancePx);
  let screens: number;
  if (u1 < 1e-6) screens = Math.abs(Math.log(w1 / w0)) / rho;
  else {
    const r = (end: 0 | 1) => {
      const b = (w1 * w1 - w0 * w0 + (end ? -1 : 1) * rho2 * rho2 * u1 * u1) / (2 * (end ? w1 : w0) * rho2 * u1);
      return Math.log(Math.sqrt(b * b + 1) - b);
    };
    screens = (r(1) - r(0)) / rho;
  }
  const ms = (1000 * screens) / 1.2;
  return Math.round(Math.min(maxMs, Math.max(minMs, Number.isFinite(ms) ? ms : maxMs)));
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
