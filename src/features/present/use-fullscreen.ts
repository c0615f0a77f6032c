/** Full screen for the whole page (the map and the slide together), toggled by F or a button. */
import { useCallback, useEffect, useState } from 'react';

export function useFullscreen() {
  const [active, setActive] = useState(() => typeof document !== 'undefined' && !!document.fullscreenElement);
  useEffect(() => {
    const onChange = () => setActive(!!document.fullscreenElement);
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);
  const toggle = useCallback(() => {
    // Refused without a user gesture, or inside a frame that does not allow it: stay windowed.
    const ignore = () => {};
    if (document.fullscreenElement) void document.exitFullscreen?.().catch(ignore);
    else void document.documentElement.requestFullscreen?.().catch(ignore);
  }, []);
  return { active, toggle };
}
