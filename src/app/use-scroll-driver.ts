/**
 * The scroll driver: turns the reader's scrolling into session moves, and session requests
 * (a map click, a character's chapter, the host page's `goto`) into scrolling. Keeps the
 * reader's place when a language switch, parallel reading or the language kit reflows the text, and holds a deep link in place.
 */
import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { useScrollStep } from '@/lib/scroll/use-scroll-step';
import { useLang, useParallel, useSessionStore } from '@/lib/session/use-session';
import { useLanguageKit } from '@/features/language/use-language-kit';
import { useHoldDeepLink } from './use-chapter-hash';

export function useScrollDriver(container: RefObject<HTMLElement | null>, trigger: number): void {
  const store = useSessionStore();
  // The chapter asked for at start (a deep link, or the slide a presenter left from).
  const [target] = useState(() => store.get().chapter);
  const settling = useRef(target >= 0);
  const reanchoring = useRef(false);
  const { scrollTo, measure } = useScrollStep(container, window, {
    trigger,
    onStep: (index, progress) => {
      if (reanchoring.current) return; // boxes re-measured at the old offset: not a place
      if (settling.current) {
        if (index !== target) return; // wait until the deep-linked chapter is current
        settling.current = false;
      }
      store.move({ type: 'scrolled', chapter: index, progress });
    },
  });
  useHoldDeepLink(target, scrollTo);
  useEffect(() => store.onGoTo((chapter, progress) => {
    settling.current = false;
    scrollTo(chapter, progress);
  }), [store, scrollTo]);

  // Switching language or parallel reading, or the language kit arriving, reflows the text:
  // put the reader back where they were (the session still holds the place: no scroll has
  // been measured since the change).
  const lang = useLang();
  const parallel = useParallel();
  // The language kit adds read-aloud controls and questions to every chapter when it arrives.
  const kit = useLanguageKit() !== null;
  const shown = useRef({ lang, parallel, kit });
  useLayoutEffect(() => {
    const was = shown.current;
    const reflowed = was.lang !== lang || was.parallel !== parallel || was.kit !== kit;
    shown.current = { lang, parallel, kit };
    // The place as it was before the reflow; then the new boxes (scrollTo places the reader
    // by them, so they are measured first); then the reader goes back to that place.
    const { chapter } = store.get();
    const progress = store.progress.get();
    if (!reflowed || chapter < 0) {
      measure();
      return;
    }
    // While the place is held, boxes measured mid-reflow are no place of the reader's: steps
    // wait until the hold ends (the reader's input, or the text settled), then one is taken.
    reanchoring.current = true;
    const hold = () => {
      measure();
      scrollTo(chapter, progress);
    };
    hold();
    // Parts of the text settle after the switch (glossary marks, the other language's
    // paragraphs leaving): with scroll anchoring off, hold the place until the reader acts.
    return holdUntilInput(hold, () => {
      reanchoring.current = false;
      measure();
    });
  }, [lang, parallel, kit, store, scrollTo, measure]);
}


/** Calls `apply` on every size change of the page until the reader's next input (or 4 s), then `done`. */
function holdUntilInput(apply: () => void, done: () => void): () => void {
  const observer = new ResizeObserver(() => apply());
  observer.observe(document.body);
  const inputs = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const;
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    observer.disconnect();
    clearTimeout(timer);
    for (const type of inputs) window.removeEventListener(type, stop);
    done();
  };
  const timer = setTimeout(stop, 4000);
  for (const type of inputs) window.addEventListener(type, stop, { passive: true });
  return stop;
}
