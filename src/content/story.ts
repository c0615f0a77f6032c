/**
 * The one bridge between `story/` and the app: the validated story (built by the Vite
 * plugin), deeply frozen, with lookups the features need.
 */
import raw from 'virtual:story';
import type { Chapter, ReaderPlace, ReaderStory } from './story-types.ts';
import type { Lang, Thread } from './schema.ts';
import type { ReaderCharacter as Character } from './story-types.ts';

export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

export const story: ReaderStory = deepFreeze(raw);

const placeIndex = new Map(story.places.map((p) => [p.id, p]));
const characterIndex = new Map(story.characters.map((c) => [c.id, c]));
const chapterIndex = new Map(story.chapters.map((c) => [c.id, c]));

export const placeById = (id: string): ReaderPlace | undefined => placeIndex.get(id);
export const characterById = (id: string): Character | undefined => characterIndex.get(id);
export const chapterById = (id: string): Chapter | undefined => chapterIndex.get(id);

/** A storyline's name (ids are checked against story.yaml at build time; the id itself as a last resort). */
export const threadName = (id: Thread, lang: Lang): string => story.settings.threads[id]?.[lang] ?? id;
