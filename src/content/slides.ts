/**
 * Each chapter's slide text (its `slide:` in the story), for the slides and the presenter
 * window only, so a reader's first load never carries it. A chapter without one shows its
 * opening words.
 */
import raw from 'virtual:story-slides';
import type { Lang } from './constants';
import type { Chapter } from './story-types';
import { deepFreeze } from './story';
import { shortText } from '@/lib/text/short-text';

const slides = deepFreeze(raw);

/** Enough to read aloud in one breath and to read from the back of a room, characters. */
export const SLIDE_TEXT_CHARS = 200;

export const slideText = (chapter: Pick<Chapter, 'id' | 'body'>, lang: Lang): string =>
  slides[chapter.id]?.[lang] ?? shortText(chapter.body[lang], lang, SLIDE_TEXT_CHARS);
