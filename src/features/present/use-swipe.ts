/** A one-finger swipe on the slides, as a deck command (see `swipeCommand`). */
import { useRef, type TouchEvent } from 'react';
import { swipeCommand, type DeckCommand } from './deck-input';

export function useSwipe(run: (command: DeckCommand) => void) {
  const touch = useRef<{ x: number; y: number } | null>(null);
  return {
    onTouchStart(e: TouchEvent) {
      const t = e.touches[0];
      touch.current = e.touches.length === 1 && t ? { x: t.clientX, y: t.clientY } : null;
    },
    onTouchEnd(e: TouchEvent) {
      const t = e.changedTouches[0];
      const start = touch.current;
      touch.current = null;
      const command = start && t ? swipeCommand(t.clientX - start.x, t.clientY - start.y) : null;
      if (command) run(command);
    },
  };
}
