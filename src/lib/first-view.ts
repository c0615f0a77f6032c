/**
 * When the reader's first view is on screen and settled (the map idle for the first time, or
 * failed), so that background work such as the offline precache can start without competing
 * with it. A page with no map settles by a deadline instead (see `whenFirstViewSettled`).
 */
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
 * 3 s (a hidden tab paints nothing; a browser without paint timing reports nothing). A
 * frame's callback alone was too early: on a busy machine the frame reached the screen
 * hundreds of ms later, and what loaded meanwhile delayed it further.
 */
export function whenFirstPainted(): Promise<void> {
  painted ??= new Promise<void>((done) => {
    setTimeout(done, 3000);
    // Left observing: a page reports two paint entries in all.
    new PerformanceObserver((list) => list.getEntriesByName('first-contentful-paint').length && done())
      .observe({ type: 'paint', buffered: true });
  });
  return painted;
}
let painted: Promise<void> | null = null;
