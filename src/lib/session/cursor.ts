/**
 * Where the reader is, as plain data: the chapter, how far through it, the language and the
 * mode. Every mode (scroll, stepper, slides, presenter, handout) moves this one cursor; the
 * transitions are pure so they can be tested without a browser.
 */
import type { Lang } from '@/content/constants';

/** `presenter` is the slides' second window; `handout` the printable handout; `teach` the teacher page; `activities` the students' activities; `glossary` the whole glossary. */
export const MODES = ['read', 'present', 'presenter', 'handout', 'teach', 'activities', 'glossary'] as const;
export type Mode = (typeof MODES)[number];

export interface Cursor {
  /** Index of the current chapter; −1 before the first (the cover, while reading). */
  chapter: number;
  /** Share of the current chapter read, 0…1. */
  progress: number;
  lang: Lang;
  mode: Mode;
  /** Parallel reading: each paragraph in both languages (the reader's first). Absent = off. */
  parallel?: boolean;
}

export type Move =
  /** Go to a chapter (a button, a key, a link, the host page); `progress` defaults to its start. */
  | { type: 'goTo'; chapter: number; progress?: number }
  /** Where the reader's own scrolling has put them (reported, not requested). */
  | { type: 'scrolled'; chapter: number; progress: number }
  | { type: 'setLanguage'; lang: Lang }
  | { type: 'setMode'; mode: Mode }
  | { type: 'setParallel'; parallel: boolean };

const clamp01 = (x: number) => (Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0);

/** Chapter indices the cursor may hold: −1 (before the story) … `total − 1`. */
export function clampChapter(chapter: number, total: number): number {
  if (!Number.isFinite(chapter) || total <= 0) return -1;
  return Math.min(total - 1, Math.max(-1, Math.trunc(chapter)));
}

/** The cursor after `move`, in a story of `total` chapters. Returns `cursor` itself when nothing changes. */
export function moveCursor(cursor: Cursor, move: Move, total: number): Cursor {
  let next: Cursor;
  switch (move.type) {
    case 'goTo':
    case 'scrolled':
      next = { ...cursor, chapter: clampChapter(move.chapter, total), progress: clamp01(move.progress ?? 0) };
      break;
    case 'setLanguage':
      next = { ...cursor, lang: move.lang };
      break;
    case 'setParallel':
      next = { ...cursor, parallel: move.parallel };
      break;
    case 'setMode':
      // A new mode keeps the reader's place: the same chapter. Slides start at least at the
      // first, and show a chapter whole (its stretch of the journey drawn to the end).
      next = isSlides(move.mode)
        ? { ...cursor, mode: move.mode, chapter: Math.max(0, cursor.chapter), progress: 1 }
        : { ...cursor, mode: move.mode };
      break;
  }
  const same = next.chapter === cursor.chapter && next.progress === cursor.progress && next.lang === cursor.lang && next.mode === cursor.mode
    && isParallel(next) === isParallel(cursor);
  return same ? cursor : next;
}

export const isParallel = (cursor: Cursor): boolean => cursor.parallel === true;

/** Slides (projector and presenter window) always show a chapter. */
export const isSlides = (mode: Mode): boolean => mode === 'present' || mode === 'presenter';

/** Where a page starts, given the chapter asked for (−1 when none was). */
export function startCursor(asked: number, mode: Mode, lang: Lang): Cursor {
  return isSlides(mode) ? { chapter: Math.max(0, asked), progress: 1, lang, mode } : { chapter: asked, progress: 0, lang, mode };
}
