/** Story places as the map marks them, in the reader's language. */
import type { Lang } from '@/content/schema';
import { story } from '@/content/story';
import type { PlaceMarkerState } from './markers';

const approxWord = { es: 'lugar aproximado', en: 'approximate place' } as const;

export function placeMarkerStates(active: readonly string[], highlighted: readonly string[], lang: Lang, ringing: readonly string[] = []): PlaceMarkerState[] {
  return story.places.map((p) => ({
    id: p.id,
    coordinates: p.coordinates,
    label: p.name[lang],
    accessibleName: p.approximate ? `${p.name[lang]}, ${approxWord[lang]}` : p.name[lang],
    approximate: p.approximate,
    active: active.includes(p.id),
    highlighted: highlighted.includes(p.id),
    ringing: ringing.includes(p.id),
  }));
}
