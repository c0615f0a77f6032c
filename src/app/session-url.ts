/**
 * The only module that writes the page's URL. The address follows the session with
 * `history.replaceState` (reading never fills the browser history): `#chapter-id` for the
 * reader's chapter, `?mode=` for slides, presenter and handout, `?parallel=1` for parallel
 * reading, and `?lang=` when the URL already names a language. Inside an embed it writes nothing: the URL belongs to the host.
 */
import { useEffect } from 'react';
import { story } from '@/content/story';
import { kioskSeconds } from '@/features/present/kiosk';
import { isParallel, MODES, startCursor, type Cursor, type Mode } from '@/lib/session/cursor';
import type { SessionStore } from '@/lib/session/session-store';
import { whenIdle } from '@/lib/when-idle';
import { chapterIndexFromHash } from './use-chapter-hash';
import { initialLanguage, rememberLanguage } from './use-language';

/** The address for `cursor`, from the current one (`href`): other parameters are kept. */
export function urlFor(cursor: Cursor, href: string, chapterIds: readonly string[]): string {
  const url = new URL(href);
  if (cursor.mode !== 'read') url.searchParams.set('mode', cursor.mode);
  else url.searchParams.delete('mode');
  if (url.searchParams.has('lang')) url.searchParams.set('lang', cursor.lang);
  if (cursor.mode !== 'present') url.searchParams.delete('kiosk'); // auto-play belongs to the slides
  if (isParallel(cursor)) url.searchParams.set('parallel', '1');
  else url.searchParams.delete('parallel');
  const id = chapterIds[cursor.chapter];
  url.hash = id ? `#${id}` : '';
  return url.href;
}

/** The mode the address asks for (`?mode=`), reading by default. */
export function modeFromSearch(search: string): Mode {
  const asked = new URLSearchParams(search).get('mode');
  return MODES.find((m) => m === asked) ?? 'read';
}

/** Kiosk playback's pace asked by `?kiosk=` (seconds per slide), or `null`. */
export const kioskFromSearch = (search: string): number | null => kioskSeconds(new URLSearchParams(search).get('kiosk'));

/** Whether the address asks for parallel reading (`?parallel=1`). */
export const parallelFromSearch = (search: string): boolean => new URLSearchParams(search).get('parallel') === '1';

/** Where a page opened at this address starts: its mode, language, deep-linked chapter and parallel reading. */
export function startingCursor(): Cursor {
  const mode = modeFromSearch(location.search);
  const cursor = startCursor(chapterIndexFromHash(location.hash, story.chapters), mode, initialLanguage());
  return parallelFromSearch(location.search) ? { ...cursor, parallel: true } : cursor;
}

/** How long a new chapter's name may wait for an idle moment before it is written anyway, ms. */
const CHAPTER_WRITE_WAIT_MS = 1000;

/** Keeps the address (and the remembered language, and `<html lang>`) in step with the session. */
export function useSessionUrl(store: SessionStore): void {
  useEffect(() => {
    const ids = story.chapters.map((c) => c.id);
    let lang = store.get().lang;
    // The cursor the address was last written for, and a chapter's name waiting to be written.
    let written = store.get();
    let pending: (() => void) | null = null;
    const write = () => {
      pending = null;
      written = store.get();
      const next = urlFor(written, location.href, ids);
      if (next !== location.href) history.replaceState(history.state, '', next);
    };
    const sync = (now = false) => {
      const cursor = store.get();
      // Written only when it changes: even the same value re-matches every :lang() in the page,
      // a style recalculation of the whole story at each chapter.
      if (document.documentElement.lang !== cursor.lang) document.documentElement.lang = cursor.lang;
      if (cursor.lang !== lang) rememberLanguage(cursor.lang);
      lang = cursor.lang;
      if (store.embedded) return;
      // A chapter reached by scrolling is named when the page is next idle, not in the scroll
      // frame: there, with the page mid-update, one replaceState took 5-25 ms (Chromium, a 40 s
      // read); idle, under 1 ms. A fling through several chapters writes once, the last.
      const onlyChapter = cursor.mode === 'read' && written.mode === 'read' && cursor.lang === written.lang && isParallel(cursor) === isParallel(written);
      if (onlyChapter && !now) {
        pending ??= whenIdle(write, CHAPTER_WRITE_WAIT_MS);
        return;
      }
      pending?.();
      write();
    };
    sync(true); // a page opened at the slides shows (and so names) the first slide
    const stop = store.subscribe(() => sync());
    return () => {
      stop();
      pending?.();
    };
  }, [store]);
}
