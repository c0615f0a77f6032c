/**
 * Whether the presenter has left the mouse and keys alone for `ms` milliseconds, as slide
 * software decides when to hide its controls. Any mouse move, touch, key or focus change makes
 * the controls come back. `now`-free: the browser's timer is the clock (tests wait for it).
 */
import { useEffect, useState } from 'react';

const WAKE = ['mousemove', 'pointerdown', 'keydown', 'touchstart', 'focusin', 'wheel'] as const;

export function useIdle(ms: number, enabled = true): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    if (!enabled) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const wake = () => {
      setIdle(false);
      clearTimeout(timer);
      timer = setTimeout(() => setIdle(true), ms);
    };
    wake();
    for (const type of WAKE) window.addEventListener(type, wake, { passive: true, capture: true });
    return () => {
      clearTimeout(timer);
      for (const type of WAKE) window.removeEventListener(type, wake, { capture: true });
    };
  }, [ms, enabled]);
  return enabled && idle;
}
