/**
 * The scroll driver: turns the reader's scrolling into session moves, and session requests
 * (a map click, a character's chapter, the host page's `goto`) into scrolling. Keeps the
 * reader's place when a language switch, parallel reading or the language kit reflows the
 * text, and holds a deep link in place while the page settles.
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { useScrollStep } from '@/lib/scroll/use-scroll-step';
import { holdPlace } from '@/lib/scroll/hold-place';
import { useLang, useParallel, useSessionStore } from '@/lib/session/use-session';
import { useLanguageKit } from '@/features/language/use-language-kit';
import { story } from '@/content/story';
import { chapterIndexFromHash } from './use-chapter-hash';

export function useScrollDriver(container: RefObject<HTMLElement | null>, trigger: number): void {
  const store = useSessionStore();
  // The chapter asked for at start (a deep link, or the slide a presenter left from).
  const [target] = useState(() => store.get().chapter);
  const settling = useRef(target >= 0);
  const reanchoring = useRef(false);
  // Ends the hold of a place (a requested one, or the place before a reflow) while one is held.
  const release = useRef<(() => void) | null>(null);
  // The place asked for (a deep link, a map click, the host page's `goto`) while it is held,
  // that is until the reader moves: its chapter and progress (none: the chapter's start).
  const requested = useRef<{ chapter: number; progress: number | undefined } | null>(null);
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

  // A requested place is held while fonts, the map and the language kit reflow the page, until
  // the reader takes over: text growing above it would otherwise carry the reader into another
  // chapter (a deep link opens, and a host's `goto` often arrives, while the page settles).
  const holdRequest = useCallback((chapter: number, progress?: number) => {
    release.current?.();
    requested.current = { chapter, progress };
    release.current = holdPlace(() => scrollTo(chapter, progress), {
      onEnd: () => {
        requested.current = null;
        release.current = null;
      },
    });
  }, [scrollTo]);

  // The deep link, on first render only: later chapters come from the reader or a request.
  useLayoutEffect(() => {
    if (target < 0) return;
    holdRequest(target);
    return () => release.current?.();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // A #chapter link followed inside the page (or a hash typed into the address bar) is a
  // request like a map click: it ends any hold of the old place, which would pull the reader
  // back from the browser's own jump. (The session's own hash writes fire no hashchange.)
  useEffect(() => {
    const onHash = () => {
      const chapter = chapterIndexFromHash(location.hash, story.chapters);
      if (chapter >= 0) store.move({ type: 'goTo', chapter });
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, [store]);

  // A request for another place ends any hold of the old one (the page settling after it must
  // not carry the reader back) and holds the new one.
  useEffect(() => store.onGoTo((chapter, progress) => {
    settling.current = false;
    holdRequest(chapter, progress);
  }), [store, holdRequest]);

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
    // A requested place stays held through the reflow, as asked for (a deep link: the chapter's
    // start at the top of the reading area), until the reader moves: a reflow hold would end
    // after its timeout, and a page still settling on a slow machine then carried the reader
    // into the next chapter.
    if (requested.current) {
      holdRequest(requested.current.chapter, requested.current.progress);
      return;
    }
    release.current?.();
    // While the place is held, boxes measured mid-reflow are no place of the reader's: steps
    // wait until the hold ends (the reader's input, or the text settled), then one is taken.
    // Parts of the text settle after the switch (glossary marks, the other language's
    // paragraphs leaving): with scroll anchoring off, hold the place until the reader acts.
    reanchoring.current = true;
    let leaving = false; // released by a request for another place (whose scroll steps) or a new reflow
    const stop = holdPlace(
      () => {
        measure();
        scrollTo(chapter, progress);
      },
      {
        timeout: 4000,
        onEnd: () => {
          reanchoring.current = false;
          release.current = null;
          if (!leaving) measure();
        },
      },
    );
    const quietly = () => {
      leaving = true;
      stop();
    };
    release.current = quietly;
    // A new reflow (the language kit arriving during a language switch) takes over the place
    // as the session still holds it: a step measured now, mid-reflow, would move it.
    return quietly;
  }, [lang, parallel, kit, store, scrollTo, measure, holdRequest]);
}
