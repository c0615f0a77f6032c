/** The calls as story objects: which belong to a chapter, who is on each end, how to say it. Pure. */
import type { Call, Lang } from '@/content/schema';
import type { ReaderCharacter as Character } from '@/content/story-types';
import type { ReaderPlace as Place } from '@/content/story-types';
import type { Chapter } from '@/content/story-types';
import { callWords, fill } from './call-words';
import { cachedFormat } from '@/lib/i18n/cached-format';

/** The calls told in a chapter, in story order. */
export function callsIn(chapter: Chapter, calls: readonly Call[]): Call[] {
  return calls.filter((c) => c.chapter === chapter.id);
}

export interface CallEnd {
  place: Place | undefined;
  people: Character[];
}

/** One end of a call with its place and people looked up; unknown ids are left out. */
export function callEnd(end: Call['from'], places: readonly Place[], characters: readonly Character[]): CallEnd {
  return {
    place: places.find((p) => p.id === end.place),
    people: end.who.map((id) => characters.find((c) => c.id === id)).filter((c): c is Character => c !== undefined),
  };
}

/** Both people on a call, e.g. "Ana and Luis" / "Ana y Luis". */
export function namesOf(people: readonly Character[], lang: Lang): string {
  return cachedFormat(`and-${lang}`, () => new Intl.ListFormat(lang, { type: 'conjunction' })).format(people.map((p) => p.name[lang]));
}

/** The sentence the map description adds for a call: both phones, or where the two meet instead. */
export function callSentence(call: Call, from: CallEnd, to: CallEnd, lang: Lang): string {
  const w = callWords;
  if (call.status === 'met-in-person') {
    return fill(w.metSentence[lang], { who: namesOf([...from.people, ...to.people], lang), place: to.place?.name[lang] ?? '' });
  }
  return fill(w.phonesSentence[lang], {
    fromWho: namesOf(from.people, lang), fromPlace: from.place?.name[lang] ?? '',
    toWho: namesOf(to.people, lang), toPlace: to.place?.name[lang] ?? '',
  });
}
