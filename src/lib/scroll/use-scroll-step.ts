/**
 * The one owner of scroll observation. State is per instance and measured against the
 * scroller the story actually lives in (the window, an element, or an iframe's own window),
 * so the same story can run twice on a page or inside an embed.
 *
 * Scrolling reads no layout: the sections' boxes are measured once and again only when a size
 * changes (ResizeObserver, which reports after layout), in the scroller's content coordinates;
 * each scroll frame reads only the scroll offset, taken in the scroll event before anything
 * in the frame writes, and compares it with the cached boxes.
 */
import { useCallback, useEffect, useRef, type RefObject } from 'react';
import { offsetFor, stepAt, type SectionBox } from './scroll-geometry';

export type Scroller = Window | HTMLElement;

interface Options {
  /** Where the trigger line sits, as a share of the scroller's visible height. */
  trigger?: number;
  /** Injected for tests; defaults to the browser's frame clock. */
  requestFrame?: (cb: () => void) => number;
  cancelFrame?: (id: number) => void;
  /** Told every measured step, in the same frame (index −1 before the first chapter). */
  onStep?: (index: number, progress: number) => void;
}

/** A window, whichever realm it belongs to (an iframe's window is not `instanceof` this one's Window). */
const isWindow = (scroller: Scroller): scroller is Window => (scroller as Window).window === scroller;
const scrollTopOf = (scroller: Scroller): number => (isWindow(scroller) ? scroller.scrollY : scroller.scrollTop);

function viewportOf(scroller: Scroller): { top: number; height: number; scrollTop: number } {
  if (isWindow(scroller)) {
    return { top: 0, height: scroller.innerHeight, scrollTop: scroller.scrollY };
  }
  const rect = scroller.getBoundingClientRect();
  return { top: rect.top, height: scroller.clientHeight, scrollTop: scroller.scrollTop };
}

/** The step itself (chapter and progress) goes to `onStep` only: scrolling never renders the hook's host. */
export interface ScrollStepState {
  /** Scrolls so that `progress` of chapter `index` sits on the trigger line, or, without
   * a progress, so that the chapter starts at the top of the reading area. */
  scrollTo: (index: number, progress?: number, behavior?: ScrollBehavior) => void;
  /** Re-measure now (after a reflow such as a language change). */
  measure: () => void;
}

/** The sections' boxes relative to the scroller's visible area, and that area: reads layout. */
function readBoxes(container: RefObject<HTMLElement | null>, scroller: Scroller | null): { boxes: SectionBox[]; view: ReturnType<typeof viewportOf> } | null {
  const root = container.current;
  if (!root || !scroller) return null;
  const view = viewportOf(scroller);
  const sections = root.querySelectorAll<HTMLElement>('[data-chapter]');
  return {
    view,
    boxes: [...sections].map((el) => {
      const r = el.getBoundingClientRect();
      return { top: r.top - view.top, height: r.height };
    }),
  };
}

/** The CSS scroll-margin-top of section `index`, px. */
function scrollMarginOf(container: RefObject<HTMLElement | null>, index: number): number {
  const section = container.current?.querySelectorAll<HTMLElement>('[data-chapter]')[index];
  return section ? parseFloat(getComputedStyle(section).scrollMarginTop) || 0 : 0;
}

/** The story's container and each of its sections. */
function observedBy(container: RefObject<HTMLElement | null>): HTMLElement[] {
  const root = container.current;
  return root ? [root, ...root.querySelectorAll<HTMLElement>('[data-chapter]')] : [];
}

export function useScrollStep(
  container: RefObject<HTMLElement | null>,
  scroller: Scroller | null,
  { trigger = 0.5, requestFrame = requestAnimationFrame, cancelFrame = cancelAnimationFrame, onStep }: Options = {},
): ScrollStepState {
  const frame = useRef<number | null>(null);
  const report = useRef(onStep);
  useEffect(() => {
    report.current = onStep;
  });
  /** Section boxes in content coordinates (top from the start of the scroller's content), and the visible height. */
  const layout = useRef<{ boxes: SectionBox[]; height: number } | null>(null);
  /** The scroll offset, as last read in a scroll event (or a measurement). */
  const scrollTop = useRef(0);

  /** Reads the layout (forces it if stale): only on a size change or on request. */
  const remeasure = useCallback(() => {
    const m = readBoxes(container, scroller);
    if (!m) return;
    scrollTop.current = m.view.scrollTop;
    layout.current = { height: m.view.height, boxes: m.boxes.map((b) => ({ top: b.top + m.view.scrollTop, height: b.height })) };
  }, [container, scroller]);

  const step = useCallback(() => {
    frame.current = null;
    const l = layout.current;
    if (!l) return;
    // Content coordinates: the trigger line sits at scrollTop + trigger × height.
    const at = stepAt(l.boxes, scrollTop.current + l.height * trigger);
    report.current?.(at ? at.index : -1, at ? at.progress : 0);
  }, [trigger]);

  const measure = useCallback(() => {
    remeasure();
    step();
  }, [remeasure, step]);

  useEffect(() => {
    if (!scroller) return;
    const schedule = () => {
      if (frame.current === null) frame.current = requestFrame(step);
    };
    const onScroll = () => {
      scrollTop.current = scrollTopOf(scroller);
      schedule();
    };
    const onResize = () => {
      remeasure();
      schedule();
    };
    scroller.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('resize', onResize);
    // Any section changing size (fonts, a language switch, a card's extras, a narrower
    // window) moves the boxes below it; the scroller's own size moves the trigger line.
    const observer = new ResizeObserver(onResize);
    for (const el of observedBy(container)) observer.observe(el);
    if (!isWindow(scroller)) observer.observe(scroller);
    remeasure();
    schedule();
    return () => {
      scroller.removeEventListener('scroll', onScroll);
      window.removeEventListener('resize', onResize);
      observer.disconnect();
      if (frame.current !== null) cancelFrame(frame.current);
      frame.current = null;
    };
  }, [scroller, container, step, remeasure, requestFrame, cancelFrame]);

  const scrollTo = useCallback(
    (target: number, at?: number, behavior: ScrollBehavior = 'auto') => {
      const m = readBoxes(container, scroller);
      const box = m?.boxes[target];
      if (!m || !box || !scroller) return;
      if (at === undefined) {
        // The chapter's start at the top of the reading area (CSS scroll-margin decides where).
        // Only this scroller moves: scrollIntoView would also scroll an iframe's host page.
        const margin = scrollMarginOf(container, target);
        scroller.scrollTo({ top: m.view.scrollTop + box.top - margin, behavior });
        return;
      }
      const top = offsetFor(box, at, m.view.height * trigger, m.view.scrollTop);
      scroller.scrollTo({ top, behavior });
    },
    [container, scroller, trigger],
  );

  return { scrollTo, measure };
}
