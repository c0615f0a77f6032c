/** One chapter as a slide: its thread, day, title and its slide text, large, over the map. */
import { m, useReducedMotion } from 'framer-motion';
import type { ReactNode } from 'react';
import type { Chapter } from '@/content/story-types';
import { threadName } from '@/content/story';
import { StoryDay } from '@/lib/i18n/StoryDay';
import { slideText } from '@/content/slides';
import { useLang } from '@/lib/session/use-session';


interface Props {
  chapter: Chapter;
  /** +1 when the deck moved forward, −1 back: the text slides in from that side. */
  direction: number;
  headingId: string;
  /** What the app adds under the slide text (the other language, read-aloud). */
  children?: ReactNode;
}

export function Slide({ chapter, direction, headingId, children }: Props) {
  const lang = useLang();
  // Asked here, not left to the root MotionConfig: until the animation features arrive the
  // slide would sit at its starting offset, shifted, under reduced motion too.
  const reduced = useReducedMotion() ?? false;
  return (
    <m.article
      key={chapter.id}
      className={`slide thread-${chapter.thread}`}
      aria-labelledby={headingId}
      data-chapter={chapter.id}
      // Slides in without fading; under reduced motion the new slide is simply there, at full
      // contrast.
      initial={reduced ? false : { x: 48 * direction }}
      animate={{ x: 0 }}
      transition={{ duration: 0.35, ease: 'easeOut' }}
    >
      <p className="slide-meta">
        <span className={`thread-tag thread-tag-${chapter.thread}`}>
          <span aria-hidden="true" className="thread-glyph" />
          {threadName(chapter.thread, lang)}
        </span>
        <StoryDay chapter={chapter} className="slide-day" />
      </p>
      <h1 id={headingId} className="slide-title" tabIndex={-1}>{chapter.title[lang]}</h1>
      {/* The chapter's own slide text (story data); a story without one shows its opening words. */}
      <p className="slide-text" lang={lang}>{slideText(chapter, lang)}</p>
      {children}
    </m.article>
  );
}
