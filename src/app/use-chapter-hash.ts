/**
 * Deep links: `#chapter-id` opens at that chapter. (The session writes the hash back as the
 * reader moves: see session-url.ts.)
 */
import { useLayoutEffect } from 'react';
import type { Chapter } from '@/content/story-types';
import { idFromHash } from '@/lib/url/safe-decode';

export function chapterIndexFromHash(hash: string, chapters: readonly Chapter[]): number {
  const id = idFromHash(hash); // a mistyped or truncated link opens at the cover
  return id ? chapters.findIndex((c) => c.id === id) : -1;
}

/**
 * Holds a deep-linked chapter (`target`, −1 for none) in place while fonts and the map reflow
 * the page, until the reader takes over (wheel, touch, key, pointer).
 */
export function useHoldDeepLink(target: number, scrollTo: (index: number) => void): void {
  useLayoutEffect(() => {
    if (target < 0) return;
    const apply = () => scrollTo(target);
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
    // Only on first render: later chapters come from the reader's own scrolling.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
}
