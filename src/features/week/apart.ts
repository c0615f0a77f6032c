/**
 * How far apart the two storylines' people are: the route still ahead of the traveller, from
 * where the reader's scroll puts them to the route's end, where the other person waits.
 * Measured along the journey line (km), since that is the distance he has to cover. Pure.
 */
import type { Chapter } from '@/content/story-types';
import { chapterSpan, travelledKm, type MeasuredRoute } from '@/lib/geo/route-measure';

/**
 * km of route left between the traveller and the route's end at chapter `index` (−1 = the cover) and
 * `progress` (0…1) through it; never negative. `null` when the story has no measured route.
 */
export function apartKm(route: MeasuredRoute | null, chapters: readonly Chapter[], index: number, progress: number): number | null {
  if (!route) return null;
  const travelled = index < 0 ? 0 : travelledKm(chapterSpan(chapters, index, route), progress);
  return Math.max(0, route.totalKm - travelled);
}

/**
 * What to show for `km` apart when distances are only known from the route place
 * `measuredFrom` on (the start is a place the film does not locate): before that place,
 * the known part, from there to the end, as a lower bound. km; pure.
 */
export function apartShown(route: MeasuredRoute, measuredFrom: string | undefined, km: number): { km: number; atLeast: boolean } {
  const knownFrom = measuredFrom === undefined ? 0 : route.stopKm.get(measuredFrom) ?? 0;
  const known = route.totalKm - knownFrom;
  return km > known ? { km: known, atLeast: true } : { km, atLeast: false };
}
