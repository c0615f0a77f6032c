/**
 * Registers the offline service worker in production builds (never in development), once the
 * first view is settled and the page is idle: the precache (the whole app, ≈550 KB) must not
 * share a slow link or a busy main thread with the first chapter and its map. Never in a page
 * opened from disk (the single-file copy has everything already, and `file://` pages cannot
 * have a service worker).
 */
import { whenFirstViewSettled } from '@/lib/first-view';
import { whenIdle } from '@/lib/when-idle';

/** Without a map to wait for (the handout page) or if the map never settles, at the latest. */
const DEADLINE_MS = 10_000;

export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator) || location.protocol === 'file:') return;
  const register = () => {
    navigator.serviceWorker.register(`${import.meta.env.BASE_URL}sw.js`).catch((error: unknown) => {
      console.warn('Offline reading is unavailable:', error);
    });
  };
  const afterLoad = () => void whenFirstViewSettled(DEADLINE_MS).then(() => whenIdle(register, 5000));
  if (document.readyState === 'complete') afterLoad();
  else window.addEventListener('load', afterLoad, { once: true });
}
