/** The story's journey, measured once for the whole app (map, week bar, handout): where the traveller is for any chapter and scroll progress. */
import { story } from '@/content/story';
import { chapterSpan, measureRoute, sliceRoute, travelledKm, type RouteSlice } from '@/lib/geo/route-measure';

export const journey = measureRoute(story.route);

/** km travelled at chapter `index` (−1 = before the first) and `progress` through it. */
export function kmAt(index: number, progress: number): number {
  if (!journey || index < 0) return 0;
  return travelledKm(chapterSpan(story.chapters, index, journey), progress);
}

export function sliceAt(km: number): RouteSlice | null {
  return journey ? sliceRoute(journey, km) : null;
}

/** The first chapter that involves a place, for "click a place to read about it". */
export function firstChapterAt(placeId: string): number {
  return story.chapters.findIndex((c) => c.places.includes(placeId));
}
