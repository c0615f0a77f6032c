/**
 * Glossary and comprehension questions (with answers), per chapter: the language-class
 * material. Imported only by code that loads when first used (the reading page's glossary and
 * questions, slides, the presenter window, the handout), so a reader's first load never carries it.
 */
import raw from 'virtual:story-language';
import type { Comprehension, GlossEntry } from './schema';
import type { ChapterLanguage } from './story-types';
import { deepFreeze, story } from './story';

const language: Readonly<Record<string, ChapterLanguage>> = deepFreeze(raw);
const NONE: ChapterLanguage = Object.freeze({ glossary: [], comprehension: [] });

export const languageFor = (chapterId: string): ChapterLanguage => language[chapterId] ?? NONE;
export const glossaryFor = (chapterId: string): readonly GlossEntry[] => languageFor(chapterId).glossary;
/** Short factual questions with answers: `[{ q: { es, en }, a: { es, en } }]`. */
export const comprehensionFor = (chapterId: string): readonly Comprehension[] => languageFor(chapterId).comprehension;

/** The whole glossary in story order, each entry with the chapter it comes from. */
export const wholeGlossary = (): { chapterId: string; entry: GlossEntry }[] =>
  story.chapters.flatMap((c) => glossaryFor(c.id).map((entry) => ({ chapterId: c.id, entry })));
