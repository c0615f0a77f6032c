/**
 * The presenter's timer as pure data: time already banked plus the running stretch.
 * `now` is always passed in (ms since the epoch), so tests step time by hand.
 */
export interface Stopwatch {
  /** ms counted before the current run. */
  banked: number;
  /** When the current run started (ms since the epoch), or `null` while paused. */
  runningSince: number | null;
}

export const startStopwatch = (now: number): Stopwatch => ({ banked: 0, runningSince: now });

export function elapsedMs(w: Stopwatch, now: number): number {
  return w.banked + (w.runningSince === null ? 0 : Math.max(0, now - w.runningSince));
}

export function toggleStopwatch(w: Stopwatch, now: number): Stopwatch {
  return w.runningSince === null ? { banked: w.banked, runningSince: now } : { banked: elapsedMs(w, now), runningSince: null };
}

/** `m:ss` under an hour, `h:mm:ss` after. */
export function formatElapsed(ms: number): string {
  const total = Math.floor(Math.max(0, ms) / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}
