import './embed.css';
/**
 * The stepper layout for short frames: the map, one chapter card and previous/next buttons,
 * instead of scrolling. Fills the frame; the card scrolls by itself if the frame is too short,
 * and the height the content would need is reported so a host can size the frame to it.
 */
import { useLayoutEffect, useRef, type ReactNode } from 'react';
import { et } from './embed-strings';
import { naturalHeight } from './natural-height';
import { useLang } from '@/lib/session/use-session';

interface Props {
  index: number;
  total: number;
  onGo: (index: number) => void;
  bar: ReactNode;
  map: ReactNode;
  card: ReactNode;
  /** The height, in CSS px, at which nothing would need to scroll. */
  onHeight: (px: number) => void;
}

export function EmbedStepper({ index, total, onGo, bar, map, card, onHeight }: Props) {
  const lang = useLang();
  const root = useRef<HTMLDivElement>(null);
  const main = useRef<HTMLElement>(null);
  const mapBox = useRef<HTMLDivElement>(null);
  const side = useRef<HTMLDivElement>(null);
  const scroller = useRef<HTMLDivElement>(null);
  const content = useRef<HTMLDivElement>(null);
  const report = useRef(onHeight);
  useLayoutEffect(() => {
    report.current = onHeight;
  });

  useLayoutEffect(() => {
    const measure = () => {
      const [r, m, mb, s, sc, c] = [root.current, main.current, mapBox.current, side.current, scroller.current, content.current];
      if (!r || !m || !mb || !s || !sc || !c) return;
      const style = getComputedStyle(sc);
      const padding = parseFloat(style.paddingTop) + parseFloat(style.paddingBottom);
      report.current(
        naturalHeight({
          chrome: r.offsetHeight - m.offsetHeight,
          map: mb.offsetHeight,
          side: s.offsetHeight - sc.offsetHeight + c.offsetHeight + padding,
          sideBySide: mb.offsetTop === s.offsetTop,
        }),
      );
    };
    measure();
    const observer = new ResizeObserver(measure);
    for (const el of [root.current, content.current]) if (el) observer.observe(el);
    return () => observer.disconnect();
  }, []);

  useLayoutEffect(() => {
    scroller.current?.scrollTo({ top: 0 });
  }, [index]);

  const atStart = index <= 0;
  const atEnd = index >= total - 1;
  return (
    <div className="embed-stepper" ref={root}>
      {bar}
      <main className="stepper-main" ref={main}>
        <div className="stepper-map" ref={mapBox}>{map}</div>
        <div className="stepper-side" ref={side}>
          <nav className="stepper-nav" aria-label={et('chapterOf', lang, { n: index + 1, total })}>
            <button type="button" aria-disabled={atStart} aria-label={et('previousChapter', lang)} onClick={() => !atStart && onGo(index - 1)}>
              <span aria-hidden="true">←</span> {et('previous', lang)}
            </button>
            <span className="stepper-count" aria-hidden="true">{index + 1} / {total}</span>
            <button type="button" aria-disabled={atEnd} aria-label={et('nextChapter', lang)} onClick={() => !atEnd && onGo(index + 1)}>
              {et('next', lang)} <span aria-hidden="true">→</span>
            </button>
          </nav>
          {/* Below the buttons, not above them: the card scrolls inside its box, and a line it
              cuts at the bottom edge then ends at the frame's edge, not half under "Next". */}
          <div className="stepper-card" ref={scroller} tabIndex={0} role="region" aria-label={et('chapterOf', lang, { n: index + 1, total })}>
            <div ref={content}>{card}</div>
          </div>
        </div>
      </main>
    </div>
  );
}
