/**
 * The slide card as something laid over the presentation map: along its left edge, or across
 * the top on a portrait screen. The map's camera frames each chapter in the part left open.
 */
import { useMemo, useRef } from 'react';
import type { Cover } from '@/lib/layout/use-covered-padding';
import { useMediaQuery } from '@/lib/use-media-query';

export function useSlideCover() {
  const side = useRef<HTMLDivElement>(null);
  const portrait = useMediaQuery('(max-aspect-ratio: 1/1)');
  const covers: readonly Cover[] = useMemo(() => [{ ref: side, edge: portrait ? 'top' : 'left' }], [portrait]);
  return { side, covers };
}
