/**
 * Where the person of the other storyline is while one storyline is on screen. Pure.
 * The story never says it outright, so we read it from the data: the last place the
 * person was seen in a chapter up to this one, else the phone they call from, else the
 * first place they are listed at.
 */
import type { Call, Thread, ThreadData } from '@/content/schema';
import type { ReaderCharacter as Character } from '@/content/story-types';
import type { Chapter } from '@/content/story-types';

/** The character who carries a storyline: the first of that thread in the cast. */
export function protagonist(thread: Thread, characters: readonly Character[]): Character | undefined {
  return characters.find((c) => c.thread === thread);
}

/** The place id where `person` is at chapter `index`, or `null` if the story gives no clue. */
export function whereIs(person: Character, chapters: readonly Chapter[], index: number, calls: readonly Call[]): string | null {
  for (let i = Math.min(index, chapters.length - 1); i >= 0; i--) {
    const chapter = chapters[i];
    if (!chapter?.characters.includes(person.id)) continue;
    const seen = chapter.places.find((p) => person.places.includes(p));
    if (seen) return seen;
  }
  for (const call of calls) {
    if (call.from.who.includes(person.id)) return call.from.place;
    if (call.to.who.includes(person.id)) return call.to.place;
  }
  return person.places[0] ?? null;
}

/**
 * The storyline whose person the map should also show: with exactly two storylines of their
 * own (not `shared`), the other one; none in a shared chapter or a story told otherwise.
 */
export function otherThread(thread: Thread, threads: Readonly<Record<Thread, ThreadData>>): Thread | null {
  const own = Object.keys(threads).filter((id) => !threads[id]?.shared);
  if (own.length !== 2 || !own.includes(thread)) return null;
  return own.find((id) => id !== thread) ?? null;
}
