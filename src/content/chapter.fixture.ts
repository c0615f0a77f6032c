/** A chapter for tests: every field filled with a neutral value, overridden as needed. */
import type { Chapter } from './story-types';

export function makeChapter(over: Partial<Chapter> = {}): Chapter {
  const index = over.index ?? 0;
  return {
    id: `c${index}`, index, file: '', title: { es: '', en: '' }, thread: 'kid', day: null, dayApproximate: false, time: 'day',
    places: [], characters: [], camera: { center: [0, 0], zoom: 1, bearing: 0, pitch: 0, transition: 'fly' },
    body: { es: [], en: [] },
    ...over,
  };
}
