/**
 * Registers the offline service worker in production builds (never in development), and not
 * in a page opened from disk (the single-file copy: it has everything already, and `file://`
 * pages cannot have a service worker).
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator) || location.protocol === 'file:') return;
  window.addEventListener('load', () => {
    navigator.serviceWorker.register(`${import.meta.env.BASE_URL}sw.js`).catch((error: unknown) => {
      console.warn('Offline reading is unavailable:', error);
    });
  });
}
