/**
 * Runs kiosk playback in this window: every `seconds` it calls `advance`; any key, click,
 * touch or wheel pauses it, and it resumes once nobody has touched the screen for a while.
 * `K` turns it on and off (the deck's key map sends `kiosk`).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { DEFAULT_KIOSK_SECONDS, resumeAfterMs } from './kiosk';

export type KioskState = { on: false } | { on: true; seconds: number; paused: boolean };

const INPUTS = ['keydown', 'pointerdown', 'wheel', 'touchstart'] as const;

export function useKiosk(initialSeconds: number | null, advance: () => void, held: boolean) {
  const [state, setState] = useState<KioskState>(() => (initialSeconds ? { on: true, seconds: initialSeconds, paused: false } : { on: false }));
  const latest = useRef(advance);
  useEffect(() => {
    latest.current = advance;
  });

  const toggle = useCallback(() => {
    setState((s) => (s.on ? { on: false } : { on: true, seconds: initialSeconds ?? DEFAULT_KIOSK_SECONDS, paused: false }));
  }, [initialSeconds]);

  const on = state.on;
  const seconds = state.on ? state.seconds : 0;
  const paused = state.on && state.paused;

  // Someone is using the screen: stop, and start again after they have left it alone.
  useEffect(() => {
    if (!on) return;
    let resume: ReturnType<typeof setTimeout> | undefined;
    const onInput = () => {
      clearTimeout(resume);
      setState((s) => (s.on && !s.paused ? { ...s, paused: true } : s));
      resume = setTimeout(() => setState((s) => (s.on ? { ...s, paused: false } : s)), resumeAfterMs(seconds));
    };
    for (const type of INPUTS) window.addEventListener(type, onInput, { capture: true, passive: true });
    return () => {
      clearTimeout(resume);
      for (const type of INPUTS) window.removeEventListener(type, onInput, { capture: true });
    };
  }, [on, seconds]);

  // The pace: one slide every `seconds` while playing (and not blanked or in the overview).
  useEffect(() => {
    if (!on || paused || held) return;
    const timer = setInterval(() => latest.current(), seconds * 1000);
    return () => clearInterval(timer);
  }, [on, paused, held, seconds]);

  return { state, toggle };
}
