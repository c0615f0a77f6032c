/** Listens for presenter keys anywhere in the window (not while typing in a field). */
import { useEffect, useLayoutEffect, useRef } from 'react';
import { keyCommand, type DeckCommand } from './deck-input';

/** Keys a focused control handles itself: Space and Enter press a button or follow a link. */
function belongsToTarget(e: KeyboardEvent): boolean {
  const target = e.target instanceof Element ? e.target : null;
  if (target?.closest('input, textarea, select, [contenteditable="true"]')) return true;
  return (e.key === ' ' || e.key === 'Enter') && !!target?.closest('button, a[href], summary');
}

export function useDeckKeys(overview: boolean, run: (command: DeckCommand) => void): void {
  const latest = useRef({ overview, run });
  useEffect(() => {
    latest.current = { overview, run };
  });
  // Before the first paint: a presenter's key pressed the moment the slide shows is heard
  // (a passive effect attached it a frame or more after the slide was on screen).
  useLayoutEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || belongsToTarget(e)) return;
      const command = keyCommand(e, latest.current.overview);
      if (!command) return;
      e.preventDefault();
      latest.current.run(command);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
