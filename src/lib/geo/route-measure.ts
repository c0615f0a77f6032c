/**
 * The journey line, measured with real geometry (turf, great-circle km), and what the
 * reader's scroll position means on it. Pure: no DOM, no map.
 */
import along from '@turf/along';
import { lineString } from '@turf/helpers';
import length from '@turf/length';
import lineSliceAlong from '@turf/line-slice-along';
import type { LonLat } from '@/content/schema';
import type { Chapter, Route } from '@/content/story-types';

export interface MeasuredRoute {
  coordinates: LonLat[];
  /** Length of the whole line, km. */
  totalKm: number;
  /** Distance along the line to each named place, km. */
  stopKm: ReadonlyMap<string, number>;
}

/** Measures a route; `null` when it has fewer than two points to measure between. */
export function measureRoute(route: Route): MeasuredRoute | null {
  if (route.coordinates.length < 2) return null;
  const cumulative = [0];
  for (let i = 1; i < route.coordinates.length; i++) {
    const a = route.coordinates[i - 1]!;
    const b = route.coordinates[i]!;
    cumulative.push(cumulative[i - 1]! + length(lineString([a, b])));
  }
  const stopKm = new Map(route.stops.map((s) => [s.place, cumulative[s.index] ?? 0]));
  return { coordinates: route.coordinates, totalKm: cumulative.at(-1) ?? 0, stopKm };
}

/** The stretch of the route a chapter covers, km; equal ends when the journey pauses. */
export interface Span {
  fromKm: number;
  toKm: number;
}

/**
 * A journey chapter travels from its `route.from` to its `route.to`; any other chapter holds
 * the journey where the last journey chapter before it left it (0 before the first).
 */
export function chapterSpan(chapters: readonly Chapter[], index: number, route: MeasuredRoute): Span {
  for (let i = Math.min(index, chapters.length - 1); i >= 0; i--) {
    const r = chapters[i]?.route;
    if (!r) continue;
    const fromKm = route.stopKm.get(r.from) ?? 0;
    const toKm = route.stopKm.get(r.to) ?? fromKm;
    return i === index ? { fromKm, toKm } : { fromKm: toKm, toKm };
  }
  return { fromKm: 0, toKm: 0 };
}

/** km travelled at `progress` (0…1, clamped) through a span. */
export function travelledKm(span: Span, progress: number): number {
  const p = Math.min(1, Math.max(0, progress));
  return span.fromKm + p * (span.toKm - span.fromKm);
}

export interface RouteSlice {
  travelled: LonLat[];
  ahead: LonLat[];
  /** Where the traveller is: the end of the travelled part. */
  position: LonLat;
}

/** Splits the line at `km` (clamped to the line) into the part travelled and the part ahead. */
export function sliceRoute(route: MeasuredRoute, km: number): RouteSlice {
  const line = lineString(route.coordinates);
  const at = Math.min(route.totalKm, Math.max(0, km));
  const position = along(line, at).geometry.coordinates as LonLat;
  const first = route.coordinates[0]!;
  const last = route.coordinates.at(-1)!;
  const travelled = at <= 0 ? [first, first] : (lineSliceAlong(line, 0, at).geometry.coordinates as LonLat[]);
  const ahead = at >= route.totalKm ? [last, last] : (lineSliceAlong(line, at, route.totalKm).geometry.coordinates as LonLat[]);
  return { travelled, ahead, position };
}
