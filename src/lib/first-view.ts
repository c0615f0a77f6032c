/**
 * When the reader's first view is on screen and settled (the map idle for the first time, or
 * failed), so that background work such as the offline precache can start without competing
 * with it. A page with no map settles by a deadline instead (see `whenFirstViewSettled`).
 */
import { whenIdle } from './when-idle';

let settle: () => void = () => undefined;
const settled = new Promise<void>((resolve) => {
  settle = resolve;
});

/** Called once the first view needs nothing more (later calls do nothing). */
export function firstViewSettled(): void {
  settle();
}

/** Resolves when the first view has settled, or after `deadlineMs` at the latest. */
export function whenFirstViewSettled(deadlineMs: number): Promise<void> {
  return Promise.race([settled, new Promise<void>((resolve) => setTimeout(resolve, deadlineMs))]);
}

/**
 * Resolves once the page's first text has reached the screen (its first-contentful-paint
 * entry, which the browser records when the frame is shown, not when it is drawn), or after
 * `deadlineMs` (a hidden tab paints nothing). Where the browser cannot tell, after the next
 * frame has been drawn. A frame's callback alone was too early: on a busy machine the frame
 * reached the screen hundreds of ms later, and what loaded meanwhile delayed it further.
 */
export function whenFirstPainted(deadlineMs = 3000): Promise<void> {
  painted ??= new Promise<void>((resolve) => {
    const types = typeof PerformanceObserver === 'undefined' ? [] : PerformanceObserver.supportedEntryTypes ?? [];
    if (!types.includes('paint')) {
      requestAnimationFrame(() => setTimeout(resolve));
      return;
    }
    const timer = setTimeout(done, deadlineMs);
    const observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName('first-contentful-paint').length) done();
    });
    function done() {
      clearTimeout(timer);
      observer.disconnect();
      resolve();
    }
    observer.observe({ type: 'paint', buffered: true });
  });
  return painted;
}
let painted: Promise<void> | null = null;

/** Runs `fn` at the first idle moment after `ready`; returns a cancel. */
function idleAfter(ready: Promise<void>, fn: () => void): () => void {
  let cancelled = false;
  let cancelIdle: (() => void) | null = null;
  void ready.then(() => {
    if (!cancelled) cancelIdle = whenIdle(fn);
  });
  return () => {
    cancelled = true;
    cancelIdle?.();
  };
}

/**
 * Runs `fn` once the first view has settled (or by `deadlineMs`) and the browser is idle;
 * returns a cancel. For what nothing on screen needs (the print handout's code): idle moments
 * come while the map's code is still arriving, and work done in them delayed the map.
 */
export function afterFirstView(fn: () => void, deadlineMs = 10_000): () => void {
  return idleAfter(whenFirstViewSettled(deadlineMs), fn);
}

/**
 * Runs `fn` once the first text is on screen (`whenFirstPainted`) and the browser is idle;
 * returns a cancel. For what the reader needs soon but not first (the language tools): an
 * idle moment can come before the first frame is shown, and what loaded in it was counted
 * against the first text.
 */
export function afterFirstPaint(fn: () => void): () => void {
  return idleAfter(whenFirstPainted(), fn);
}
