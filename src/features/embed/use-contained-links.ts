/**
 * Inside an iframe, following `#fragment` links would add entries to the host page's history
 * (an iframe shares its session history with the page). This keeps them in the story: the
 * click is handled here, and the page URL and history stay as they were.
 */
import { useEffect, useRef } from 'react';
import { idFromHash } from '@/lib/url/safe-decode';

/** `onLink(id)` handles a link to `#id`, returning false to let the default scroll happen. */
export function useContainedLinks(enabled: boolean, onLink: (id: string) => boolean): void {
  const handler = useRef(onLink);
  useEffect(() => {
    handler.current = onLink;
  });
  useEffect(() => {
    if (!enabled) return;
    const onClick = (event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[href^="#"]') : null;
      if (!link || link.target) return;
      event.preventDefault();
      const id = idFromHash(link.hash);
      if (id && !handler.current(id)) reveal(id);
    };
    document.addEventListener('click', onClick);
    return () => document.removeEventListener('click', onClick);
  }, [enabled]);
}

/** Scrolls the iframe's own window to an element and focuses it, without `scrollIntoView`
 * (which would also scroll the host page). */
function reveal(id: string): void {
  const el = document.getElementById(id);
  if (!el) return;
  const margin = parseFloat(getComputedStyle(el).scrollMarginTop) || 0;
  window.scrollTo({ top: el.getBoundingClientRect().top + window.scrollY - margin });
  if (!el.hasAttribute('tabindex') && !el.matches('a[href], button, input, select, textarea')) el.setAttribute('tabindex', '-1');
  el.focus({ preventScroll: true });
}
