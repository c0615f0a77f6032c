/** Where the reader is: chapter n of N, and a bar that fills continuously with scroll. */
import { m, useMotionValue, useTransform, type MotionValue } from 'framer-motion';
import { useEffect, useRef } from 'react';
import { t } from '@/lib/i18n/ui-strings';
import { useLang } from '@/lib/session/use-session';
import { toWholePixels } from './whole-pixels';

interface Props {
  index: number;
  total: number;
  progress: MotionValue<number>;
}

export function ProgressBar({ index, total, progress }: Props) {
  const lang = useLang();
  const shown = Math.max(0, index + 1);
  const bar = useRef<HTMLDivElement>(null);
  // The bar's width in device pixels, as the browser reports it after each layout (never read
  // during a scroll): the fill moves by whole pixels, so a scrolled frame that would move it
  // by less than one writes nothing and repaints nothing.
  const devicePx = useMotionValue(0);
  useEffect(() => {
    const observer = new ResizeObserver(([entry]) => devicePx.set(entry!.contentRect.width * devicePixelRatio));
    observer.observe(bar.current!);
    return () => observer.disconnect();
  }, [devicePx]);
  // Whole chapters read, plus the share of the current one (0…1 across the bar).
  // The chapter index is a motion value too, so the bar follows a new chapter even when
  // scroll progress does not change (a deep link, a language switch).
  const chapter = useMotionValue(index);
  useEffect(() => chapter.set(index), [chapter, index]);
  const fill = useTransform([progress, chapter, devicePx], ([p, i, px]: number[]) =>
    toWholePixels((i ?? -1) < 0 ? 0 : ((i ?? 0) + (p ?? 0)) / total, px!));
  return (
    <div
      ref={bar}
      className="progress"
      role="progressbar"
      aria-label={t('progress', lang)}
      aria-valuemin={0}
      aria-valuemax={total}
      aria-valuenow={shown}
      aria-valuetext={t('chapterOf', lang, { n: shown, total })}
    >
      <m.div className="progress-fill" style={{ scaleX: fill }} />
      <span className="progress-label">{index < 0 ? '' : `${shown} / ${total}`}</span>
    </div>
  );
}
