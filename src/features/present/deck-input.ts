/**
 * What presenters press, mapped to what the deck does. Pure: the hook that listens to the
 * window hands in the key and where it was pressed.
 */
import type { DeckAction } from './deck-state';

export type DeckCommand = DeckAction | { type: 'fullscreen' } | { type: 'presenter' } | { type: 'exit' } | { type: 'kiosk' }
  /** Show or hide the other language under the slide text (T). */
  | { type: 'otherLanguage' };

export interface KeyInput {
  key: string;
  shiftKey?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
}

/** Presentation clickers send PageDown/PageUp (and often `b` or `.` for a black screen). */
const KEYS: Record<string, DeckCommand> = {
  ArrowRight: { type: 'next' },
  ArrowDown: { type: 'next' },
  PageDown: { type: 'next' },
  ' ': { type: 'next' },
  ArrowLeft: { type: 'prev' },
  ArrowUp: { type: 'prev' },
  PageUp: { type: 'prev' },
  Home: { type: 'first' },
  End: { type: 'last' },
  f: { type: 'fullscreen' },
  o: { type: 'toggleOverview' },
  b: { type: 'toggleBlank' },
  '.': { type: 'toggleBlank' },
  s: { type: 'presenter' },
  /** Kiosk playback: the slides advance by themselves (kiosk.ts). */
  k: { type: 'kiosk' },
  t: { type: 'otherLanguage' },
};

/**
 * The command for a key press, or `null` for keys the deck leaves to the browser
 * (anything with Ctrl, ⌘ or Alt: printing, reloading, switching tabs).
 * `Escape` closes the overview first, and only then leaves the presentation.
 */
export function keyCommand(input: KeyInput, overview: boolean): DeckCommand | null {
  if (input.ctrlKey || input.metaKey || input.altKey) return null;
  if (input.key === 'Escape') return overview ? { type: 'closeOverview' } : { type: 'exit' };
  if (input.key === ' ' && input.shiftKey) return { type: 'prev' };
  const key = input.key.length === 1 ? input.key.toLowerCase() : input.key;
  return KEYS[key] ?? null;
}

/** Minimum horizontal travel of a swipe, CSS px. */
export const SWIPE_MIN_PX = 50;

/**
 * A finished touch as a command: a mostly horizontal swipe of at least `SWIPE_MIN_PX`
 * (leftwards = next, like turning a page), otherwise `null` (a tap, a scroll, a pinch).
 */
export function swipeCommand(dx: number, dy: number): DeckCommand | null {
  if (Math.abs(dx) < SWIPE_MIN_PX || Math.abs(dx) < 1.5 * Math.abs(dy)) return null;
  return dx < 0 ? { type: 'next' } : { type: 'prev' };
}
