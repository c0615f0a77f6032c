/**
 * Deep links: `#chapter-id` opens at that chapter, and the hash then follows the reader with
 * `history.replaceState`, so reading never fills the browser history.
 */
import { useEffect, useLayoutEffect, useRef } from 'react';
import type { Chapter } from '@/content/story-types';
import { idFromHash } from '@/lib/url/safe-decode';

export function chapterIndexFromHash(hash: string, chapters: readonly Chapter[]): number {
  const id = idFromHash(hash); // a mistyped or truncated link opens at the cover
  return id ? chapters.findIndex((c) => c.id === id) : -1;
}

export function useChapterHash(
  chapters: readonly Chapter[],
  index: number,
  scrollTo: (index: number) => void,
  enabled: boolean,
  initialHash: string,
): void {
  const target = useRef(chapterIndexFromHash(initialHash, chapters));
  useLayoutEffect(() => {
    const wanted = target.current;
    if (wanted < 0) return;
    // Fonts and the map arriving reflow the page: keep the deep-linked chapter in place
    // until the reader takes over.
    const apply = () => scrollTo(wanted);
    apply();
    const observer = new ResizeObserver(apply);
    observer.observe(document.body);
    let stopped = false;
    void document.fonts?.ready.then(() => !stopped && apply());
    const inputs = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const;
    const stop = () => {
      stopped = true;
      observer.disconnect();
      for (const type of inputs) window.removeEventListener(type, stop);
    };
    for (const type of inputs) window.addEventListener(type, stop, { passive: true });
    return stop;
    // Only on first render: later hashes come from the reader's own scrolling.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  useEffect(() => {
    if (target.current >= 0) {
      if (index !== target.current) return; // wait until the deep-linked chapter is current
      target.current = -1;
    }
    if (!enabled) return;
    const id = chapters[index]?.id;
    const want = id ? `#${id}` : '';
    if (location.hash !== want) history.replaceState(history.state, '', `${location.pathname}${location.search}${want}`);
  }, [chapters, index, enabled]);
}
