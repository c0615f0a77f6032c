/** The handout inside the reading page, for print only: printing the story prints the handout. */
import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import type { Lang } from '@/content/schema';
import { Handout } from '@/features/handout/Handout';
import { loadBasemap } from '@/features/handout/use-basemap';
import { BASEMAP_URL } from '@/features/map/use-map';

/**
 * Rendered only when the page is about to print (or print media is emulated), so the
 * reading page carries no hidden copy of the story; the basemap is fetched ahead, when idle.
 */
export function PrintHandout({ lang }: { lang: Lang }) {
  const [printing, setPrinting] = useState(() => matchMedia('print').matches);
  useEffect(() => {
    const prefetch = () => void loadBasemap(BASEMAP_URL);
    const idle = 'requestIdleCallback' in window ? requestIdleCallback(prefetch, { timeout: 5000 }) : setTimeout(prefetch, 2000);
    // Synchronously, so the print layout that follows `beforeprint` already has the handout.
    const show = () => flushSync(() => setPrinting(true));
    const media = matchMedia('print');
    const onMedia = (e: MediaQueryListEvent) => e.matches && show();
    window.addEventListener('beforeprint', show);
    media.addEventListener('change', onMedia);
    return () => {
      if ('cancelIdleCallback' in window) cancelIdleCallback(idle as number);
      else clearTimeout(idle);
      window.removeEventListener('beforeprint', show);
      media.removeEventListener('change', onMedia);
    };
  }, []);
  return <div className="handout-print">{printing && <Handout lang={lang} basemapUrl={BASEMAP_URL} />}</div>;
}
