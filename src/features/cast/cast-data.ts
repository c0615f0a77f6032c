/** Who is in a chapter, where a character appears, and the letters on their portrait. Pure. */
import type { Lang } from '@/content/schema';
import type { ReaderCharacter as Character } from '@/content/story-types';
import type { Chapter } from '@/content/story-types';

/** The chapter's characters, in the order the chapter lists them; unknown ids are skipped. */
export function charactersIn(chapter: Chapter, characters: readonly Character[]): Character[] {
  return chapter.characters
    .map((id) => characters.find((c) => c.id === id))
    .filter((c): c is Character => c !== undefined);
}

/** The chapters a character appears in, in story order (derived from each chapter's `characters`). */
export function chaptersWith(characterId: string, chapters: readonly Chapter[]): Chapter[] {
  return chapters.filter((c) => c.characters.includes(characterId));
}

// Little words that would make poor initials ("The restaurant owner" is R, not T).
const SMALL_WORDS = new Set(['a', 'an', 'the', 'of', 'and', 'el', 'la', 'los', 'las', 'de', 'del', 'y']);

/**
 * The letters on a portrait: the character's own `initials` if the story gives them, else
 * the first letters of the first two capitalised words of the name, else of its first word
 * that is not a little word. At most two letters, upper case.
 */
export function initialsOf(character: Character, lang: Lang): string {
  if (character.initials) return character.initials.toUpperCase();
  const words = character.name[lang].split(/[\s'’-]+/).filter(Boolean);
  const content = words.filter((w) => !SMALL_WORDS.has(w.toLowerCase()));
  const capitalised = content.filter((w) => /^\p{Lu}/u.test(w));
  const chosen = capitalised.length ? capitalised.slice(0, 2) : content.slice(0, 1);
  return chosen.map((w) => w[0] ?? '').join('').toUpperCase() || '?';
}
