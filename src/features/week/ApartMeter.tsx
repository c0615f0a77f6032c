/**
 * How far apart mother and son are, along the route, as the reader scrolls. The figure is
 * written straight into its element from the progress MotionValue: scrolling never
 * re-renders React, and nothing waits for animation code to load.
 */
import type { MotionValue } from 'framer-motion';
import { useLayoutEffect, useRef } from 'react';
import { story } from '@/content/story';
import { mainThreads } from '@/lib/thread-styles';
import { formatDistance } from '@/lib/i18n/format-distance';
import type { MeasuredRoute } from '@/lib/geo/route-measure';
import { apartKm, apartShown } from './apart';
import { fill, weekWords as w } from './week-words';
import { useLang } from '@/lib/session/use-session';

interface Props {
  index: number;
  progress: MotionValue<number>;
  route: MeasuredRoute | null;
}

function setText(el: HTMLElement | null, text: string): void {
  if (el && el.textContent !== text) el.textContent = text;
}

export function ApartMeter({ index, progress, route }: Props) {
  const lang = useLang();
  const figure = useRef<HTMLSpanElement>(null);
  const word = useRef<HTMLSpanElement>(null);
  useLayoutEffect(() => {
    const show = (p: number) => {
      const km = apartKm(route, story.chapters, index, p);
      // Under half a kilometre they are at the same corner: say so rather than "0 km".
      const together = km !== null && km < 0.5;
      // Before the place distances are measured from, only a lower bound is honest.
      const shown = km === null || !route ? null : apartShown(route, story.route.measuredFrom, km);
      const figureText = shown === null ? '' : shown.atLeast
        ? fill(w.atLeast[lang], { km: formatDistance(shown.km, lang) })
        : formatDistance(shown.km, lang);
      // Written only when the text shown changes (it changes every few kilometres, not every
      // frame): an equal write still replaces the text node and invalidates style and layout.
      setText(figure.current, km === null ? '' : together ? w.together[lang] : figureText);
      setText(word.current, km === null || together ? '' : w.apart[lang]);
    };
    show(progress.get());
    return progress.on('change', show);
  }, [index, progress, lang, route]);
  if (!route) return null;
  const [a, b] = mainThreads(story.settings.threads).map((id) => story.settings.threads[id]!);
  return (
    <p className="apart" data-testid="apart">
      <span className="apart-glyphs" aria-hidden="true">
        <span className="apart-dot apart-a" />
        {/* Carlitos' dot and Rosario's square, as on the map, with the distance between them. */}
        <svg className="apart-between" viewBox="0 0 20 10" width="20" height="10" focusable="false">
          <path d="M1 5h18M4.5 1.5 1 5l3.5 3.5M15.5 1.5 19 5l-3.5 3.5" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
        <span className="apart-dot apart-b" />
      </span>
      <span className="visually-hidden">{fill(w.apartLabel[lang], { a: a?.[lang] ?? '', b: b?.[lang] ?? '' })} </span>
      <span ref={figure} className="apart-km" />
      <span ref={word} className="apart-word" />
    </p>
  );
}
