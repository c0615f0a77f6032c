/** The handout inside the reading page, for print only: printing the story prints the handout. */
import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import type { StudentHandout } from './StudentHandout';
import { BASEMAP_URL, loadBasemap } from '@/lib/basemap/load-basemap';
import { preloadStillMap } from '@/features/map/StoryMap';
import { whenIdle } from '@/lib/when-idle';

let handout: typeof StudentHandout | null = null;

const loadHandout = () => import('./StudentHandout').then((m) => (handout = m.StudentHandout));


/**
 * Rendered only when the page is about to print (or print media is emulated), so the
 * reading page carries no hidden copy of the story. Its code, styles and basemap are
 * fetched once the page is idle, outside what the first chapter waits for.
 */
export function PrintHandout() {
  const [Handout, setHandout] = useState(() => handout);
  const [printing, setPrinting] = useState(() => matchMedia('print').matches);
  useEffect(() => {
    let live = true;
    const prefetch = () => {
      void loadBasemap(BASEMAP_URL);
      void preloadStillMap();
      void loadHandout().then((h) => live && setHandout(() => h));
    };
    const cancelIdle = whenIdle(prefetch);
    // Synchronously, so the print layout that follows `beforeprint` already has the handout.
    const show = () => flushSync(() => setPrinting(true));
    const media = matchMedia('print');
    const onMedia = (e: MediaQueryListEvent) => e.matches && show();
    window.addEventListener('beforeprint', show);
    media.addEventListener('change', onMedia);
    return () => {
      live = false;
      cancelIdle();
      window.removeEventListener('beforeprint', show);
      media.removeEventListener('change', onMedia);
    };
  }, []);
  return <div className="handout-print">{printing && Handout && <Handout />}</div>;
}
