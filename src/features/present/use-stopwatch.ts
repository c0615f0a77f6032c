/** The presenter's running timer, re-rendered once a second; time comes from `now`. */
import { useEffect, useState } from 'react';
import { elapsedMs, startStopwatch, toggleStopwatch } from './elapsed';

export function useStopwatch(now: () => number = Date.now) {
  const [watch, setWatch] = useState(() => startStopwatch(now()));
  const [, tick] = useState(0);
  const running = watch.runningSince !== null;
  useEffect(() => {
    if (!running) return;
    const id = setInterval(() => tick((n) => n + 1), 1000);
    return () => clearInterval(id);
  }, [running]);
  return {
    ms: elapsedMs(watch, now()),
    running,
    toggle: () => setWatch((w) => toggleStopwatch(w, now())),
    reset: () => setWatch((w) => (w.runningSince === null ? { banked: 0, runningSince: null } : startStopwatch(now()))),
  };
}
