/**
 * Keeps `coveredPadding` current for a map element and the things laid over it, as they
 * resize (a slide's card, the legend wrapping to two lines, the window turning).
 */
import { useEffect, useState, type RefObject } from 'react';
import type { Padding } from '@/lib/geo/fit-camera';
import { coveredPadding, type CoverEdge } from './covered-padding';

export interface Cover {
  ref: RefObject<HTMLElement | null>;
  /** The map edge the cover lies along (`nearest`: the one it is closest to, measured each time). */
  edge: CoverEdge;
}

const ZERO: Padding = { top: 0, right: 0, bottom: 0, left: 0 };
const same = (a: Padding, b: Padding) => a.top === b.top && a.right === b.right && a.bottom === b.bottom && a.left === b.left;

export function useCoveredPadding(map: RefObject<HTMLElement | null>, covers: readonly Cover[]): Padding {
  const [padding, setPadding] = useState(ZERO);
  // Which covers, by edge: a new array with the same covers must not restart the observers.
  const key = covers.map((c) => c.edge).join(' ');
  useEffect(() => {
    const el = map.current;
    if (!el) return;
    const measure = () => {
      const next = coveredPadding(el.getBoundingClientRect(), covers.map((c) => ({ box: c.ref.current?.getBoundingClientRect() ?? null, edge: c.edge })));
      setPadding((p) => (same(p, next) ? p : next));
    };
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    for (const c of covers) if (c.ref.current) observer.observe(c.ref.current);
    window.addEventListener('resize', measure);
    measure();
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', measure);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- covers are compared by `key`
  }, [map, key]);
  return padding;
}
