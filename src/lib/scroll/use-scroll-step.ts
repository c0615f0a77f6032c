/**
 * The one owner of scroll observation. State is per instance and measured against the
 * scroller the story actually lives in (the window, an element, or an iframe's own window),
 * so the same story can run twice on a page or inside an embed.
 */
import { useMotionValue, type MotionValue } from 'framer-motion';
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
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

function viewportOf(scroller: Scroller): { top: number; height: number; scrollTop: number } {
  if (scroller instanceof Window) {
    return { top: 0, height: scroller.innerHeight, scrollTop: scroller.scrollY };
  }
  const rect = scroller.getBoundingClientRect();
  return { top: rect.top, height: scroller.clientHeight, scrollTop: scroller.scrollTop };
}

export interface ScrollStepState {
  /** Index of the chapter in view, or -1 before the first one. */
  index: number;
  /** Progress through that chapter, 0…1, updated every frame without React renders. */
  progress: MotionValue<number>;
  /** Scrolls so that `progress` of chapter `index` sits on the trigger line, or, without
   * a progress, so that the chapter starts at the top of the reading area. */
  scrollTo: (index: number, progress?: number, behavior?: ScrollBehavior) => void;
  /** Re-measure now (after a reflow such as a language change). */
  measure: () => void;
}

export function useScrollStep(
  container: RefObject<HTMLElement | null>,
  scroller: Scroller | null,
  { trigger = 0.5, requestFrame = requestAnimationFrame, cancelFrame = cancelAnimationFrame, onStep }: Options = {},
): ScrollStepState {
  const [index, setIndex] = useState(-1);
  const progress = useMotionValue(0);
  const frame = useRef<number | null>(null);
  const report = useRef(onStep);
  useEffect(() => {
    report.current = onStep;
  });

  const boxes = useCallback((): { boxes: SectionBox[]; view: ReturnType<typeof viewportOf> } | null => {
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
  }, [container, scroller]);

  const measure = useCallback(() => {
    frame.current = null;
    const m = boxes();
    if (!m) return;
    const step = stepAt(m.boxes, m.view.height * trigger);
    setIndex(step ? step.index : -1);
    progress.set(step ? step.progress : 0);
    report.current?.(step ? step.index : -1, step ? step.progress : 0);
  }, [boxes, progress, trigger]);

  useEffect(() => {
    if (!scroller) return;
    const schedule = () => {
      if (frame.current === null) frame.current = requestFrame(measure);
    };
    scroller.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', schedule);
    const observer = new ResizeObserver(schedule);
    if (container.current) observer.observe(container.current);
    schedule();
    return () => {
      scroller.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', schedule);
      observer.disconnect();
      if (frame.current !== null) cancelFrame(frame.current);
      frame.current = null;
    };
  }, [scroller, container, measure, requestFrame, cancelFrame]);

  const scrollTo = useCallback(
    (target: number, at?: number, behavior: ScrollBehavior = 'auto') => {
      const m = boxes();
      const box = m?.boxes[target];
      if (!m || !box || !scroller) return;
      if (at === undefined) {
        // The chapter's start at the top of the reading area (CSS scroll-margin decides where).
        // Only this scroller moves: scrollIntoView would also scroll an iframe's host page.
        const section = container.current?.querySelectorAll<HTMLElement>('[data-chapter]')[target];
        const margin = section ? parseFloat(getComputedStyle(section).scrollMarginTop) || 0 : 0;
        scroller.scrollTo({ top: m.view.scrollTop + box.top - margin, behavior });
        return;
      }
      const top = offsetFor(box, at, m.view.height * trigger, m.view.scrollTop);
      scroller.scrollTo({ top, behavior });
    },
    [boxes, container, scroller, trigger],
  );

  return { index, progress, scrollTo, measure };
}
