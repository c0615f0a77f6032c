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
