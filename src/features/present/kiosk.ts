/**
 * Kiosk playback (a library display, an open-house screen): the slides advance by themselves
 * at a chosen pace, loop at the end, stop for anyone who touches them and start again once
 * they leave. Pure: the hook (use-kiosk.ts) brings the clock and the input.
 */

/** Seconds per slide when K starts playback without a pace in the address. */
export const DEFAULT_KIOSK_SECONDS = 20;
/** The pace the address may ask for, seconds per slide: long enough to read, short enough to notice. */
export const KIOSK_MIN_SECONDS = 5;
export const KIOSK_MAX_SECONDS = 600;

/**
 * Seconds per slide asked by `?kiosk=` (`?kiosk` or `?kiosk=1`-style values that are not a
 * pace give the default), clamped to 5…600; `null` when the address does not ask for it.
 */
export function kioskSeconds(value: string | null): number | null {
  if (value === null || value === '0' || value === 'off') return null;
  const n = Number(value);
  if (!value || !Number.isFinite(n) || n < 2) return DEFAULT_KIOSK_SECONDS;
  return Math.min(KIOSK_MAX_SECONDS, Math.max(KIOSK_MIN_SECONDS, Math.round(n)));
}

/** After someone's input, how long the screen must be left alone before playback resumes, ms. */
export function resumeAfterMs(seconds: number): number {
  return Math.min(120_000, Math.max(30_000, 3 * seconds * 1000));
}

/** The slide after `index` in a deck of `total`, back to the first after the last. */
export function nextKioskSlide(index: number, total: number): number {
  return total <= 0 || index >= total - 1 ? 0 : index + 1;
}
