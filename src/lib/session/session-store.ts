/**
 * The one session of a page: holds the cursor, tells subscribers when the chapter, language or
 * mode changes, and carries scroll progress in a motion value (updated every frame without a
 * React render). Drivers (scroll, stepper, slides, the embed host) move it; views read it.
 */
import { motionValue, type MotionValue } from 'framer-motion';
import { isParallel, moveCursor, type Cursor, type Move } from './cursor';

export interface SessionStore {
  /** The cursor; its `progress` is current, but only chapter, language, mode and parallel-reading changes notify. */
  get(): Cursor;
  subscribe(listener: () => void): () => void;
  move(move: Move): void;
  /** Requests to go somewhere (`goTo`), for a driver that must act on them (scroll there). */
  onGoTo(listener: (chapter: number, progress: number | undefined) => void): () => void;
  /** Progress through the current chapter, 0…1, for the map and progress bars. */
  readonly progress: MotionValue<number>;
  readonly total: number;
  /** Inside an iframe: the URL and history belong to the host page. */
  readonly embedded: boolean;
}

export function createSessionStore(initial: Cursor, total: number, embedded = false): SessionStore {
  let cursor = initial;
  const listeners = new Set<() => void>();
  const goToListeners = new Set<(chapter: number, progress: number | undefined) => void>();
  const progress = motionValue(initial.progress);
  return {
    get: () => cursor,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    move(move) {
      const before = cursor;
      cursor = moveCursor(cursor, move, total);
      if (move.type === 'goTo') for (const l of goToListeners) l(cursor.chapter, move.progress);
      if (cursor === before) return;
      if (cursor.progress !== progress.get()) progress.set(cursor.progress);
      if (cursor.chapter !== before.chapter || cursor.lang !== before.lang || cursor.mode !== before.mode
        || isParallel(cursor) !== isParallel(before)) {
        for (const l of listeners) l();
      }
    },
    onGoTo(listener) {
      goToListeners.add(listener);
      return () => goToListeners.delete(listener);
    },
    progress,
    total,
    embedded,
  };
}
