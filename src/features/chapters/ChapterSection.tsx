/** One chapter of the scroll story: a real section with a real heading, in story order. */
import { m } from 'framer-motion';
import type { ReactNode } from 'react';
import type { Chapter } from '@/content/story-types';
import { threadName } from '@/content/story';
import { StoryDay } from '@/lib/i18n/StoryDay';
import { t } from '@/lib/i18n/ui-strings';
import { Markdown } from './Markdown';
import { useLang } from '@/lib/session/use-session';

interface Props {
  chapter: Chapter;
  current: boolean;
  total: number;
  /** Whether the card fades in as it enters the view. Off for cards already in view when the
   * page opens (a deep link), which must be readable before any animation code arrives. */
  appear?: boolean;
  /** The chapter's text, when the app renders it itself (parallel reading, glossary words). */
  prose?: ReactNode;
  /** Extra content a feature adds to the card (character chips, call card …). */
  children?: ReactNode;
}

// The card's motion, the same objects at every render: a chapter change re-renders the current
// card, and framer-motion then finds nothing new to animate. A whole `transform`, not `y`: the
// browser runs it (Web Animations, on the compositor), where `y` was written into the card's
// style at each frame (about a hundred writes in a read, each restyling and repainting the
// card on the page's own layer). Under reduced motion only the fade: app.css holds the card's
// transform (the root MotionConfig stops `y`, not a whole transform).
const RISE = { opacity: 0, transform: 'translateY(24px)' };
// Left without a transform once shown: a transformed card would hold its fixed-position
// descendants (a word's popover) and stay a layer of its own.
const SHOWN = { opacity: 1, transform: 'translateY(0px)', transitionEnd: { transform: 'none' } };
// 'some': as soon as any of it shows. A share of the card (the old 15%) never comes into
// view when the card is taller than its window (a 158 px stepper box, a phone's text
// strip), and the card stayed blank.
const IN_VIEW = { once: true, amount: 'some' } as const;
const FADE = { duration: 0.45, ease: 'easeOut' } as const;

export function ChapterSection({ chapter, current, total, appear = true, prose, children }: Props) {
  const lang = useLang();
  const headingId = `${chapter.id}-title`;
  return (
    <section
      id={chapter.id}
      data-chapter={chapter.id}
      data-thread={chapter.thread}
      data-time={chapter.time === 'night' ? 'night' : undefined}
      aria-labelledby={headingId}
      aria-current={current ? 'step' : undefined}
      className={`chapter thread-${chapter.thread}${current ? ' is-current' : ''}`}
    >
      <m.article
        className="chapter-card"
        initial={appear ? RISE : false}
        whileInView={SHOWN}
        viewport={IN_VIEW}
        transition={FADE}
      >
        <p className="chapter-meta">
          <span className={`thread-tag thread-tag-${chapter.thread}`}>
            <span aria-hidden="true" className="thread-glyph" />
            {threadName(chapter.thread, lang)}
          </span>{' '}
          {/* The spaces keep the three facts apart for screen readers and copied text. */}
          {chapter.day && <><StoryDay chapter={chapter} className="chapter-day" />{' '}</>}
          <span className="chapter-count">{t('chapterOf', lang, { n: chapter.index + 1, total })}</span>
        </p>
        <h2 id={headingId}>{chapter.title[lang]}</h2>
        {prose ?? (
          <div className="prose" lang={lang}>
            <Markdown nodes={chapter.body[lang]} newTabHint={t('opensInNewTab', lang)} />
          </div>
        )}
        {children}
      </m.article>
    </section>
  );
}
