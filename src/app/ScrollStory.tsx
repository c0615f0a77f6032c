/**
 * The scroll story shared by the reading page and a tall embed: its top bar (given), the map
 * beside (desktop) or above (phone) the text, the week bar, the cover and every chapter.
 */
import { memo, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Chapter } from '@/content/story-types';
import { story } from '@/content/story';
import { LazyCastDialog as CastDialog } from '@/features/cast/LazyCastDialog';
import { CastButton } from '@/features/cast/CastButton';
import { useCastPanel } from '@/features/cast/use-cast-panel';
import { ChapterSection } from '@/features/chapters/ChapterSection';
import { Cover } from '@/features/chapters/Cover';
import { useBehindPane } from '@/features/chapters/use-behind-pane';
import { journey } from '@/lib/journey';
import { WeekBar } from '@/features/week/WeekBar';
import { t } from '@/lib/i18n/ui-strings';
import { useChapterIndex, useLang, useParallel, useSessionStore } from '@/lib/session/use-session';
import { STACKED_LAYOUT } from '@/lib/layout-queries';
import { useMediaQuery } from '@/lib/use-media-query';
import { ChapterExtras } from './ChapterExtras';
import { ChapterProse } from './ChapterProse';
import { ChapterStudy } from './ChapterStudy';
import { SessionMap } from './SessionMap';
import { useScrollDriver } from './use-scroll-driver';

interface Props {
  className: string;
  /** The top bar, given the button that opens the cast. */
  topbar: (castButton: ReactNode) => ReactNode;
  explorable?: boolean;
  /** Each chapter ends with its word list and comprehension questions (the reading page). */
  study?: boolean;
  children?: ReactNode;
}

export function ScrollStory({ className, topbar, explorable, study, children }: Props) {
  const store = useSessionStore();
  const lang = useLang();
  const container = useRef<HTMLElement>(null);
  // When the map fills the top of the screen, the reading line sits lower.
  const stacked = useMediaQuery(STACKED_LAYOUT);
  useScrollDriver(container, stacked ? 0.72 : 0.5);
  // Text that has scrolled behind the map is not drawn there.
  useBehindPane(container, stacked);
  // Chapters at and just before a deep-linked start are on screen at once: no fade for them.
  const [startIndex] = useState(() => store.get().chapter);
  const cast = useCastPanel();
  // A class, not `:has(.prose-parallel)` in CSS: that rule was checked again at each of the
  // hundred DOM changes of a read (a distance, a name), and restyled the whole layout.
  const parallel = useParallel();
  return (
    <div className={parallel ? `${className} is-parallel` : className}>
      <a className="skip-link" href="#story">{t('skipToStory', lang)}</a>
      {topbar(<CastButton onOpen={cast.openList} place="topbar" />)}
      <div className="layout">
        <main id="story" className="story-column" ref={container} tabIndex={-1}>
          <StoryWeekBar>
            <CastButton onOpen={cast.openList} place="bar" />
          </StoryWeekBar>
          <Cover />
          <StoryChapters startIndex={startIndex} onOpenCharacter={cast.openCard} study={study} />
        </main>
        {/* After the story in the document, so Tab reaches the story first; CSS puts it beside or above. */}
        <section className="map-region" aria-label={t('mapPlaceholder', lang)}>
          <SessionMap focus={cast.highlighted} explorable={explorable} />
        </section>
      </div>
      {children}
      <CastDialog panel={cast} onGoToChapter={(i) => store.move({ type: 'goTo', chapter: i })} />
    </div>
  );
}

/** The week bar at the session's chapter: re-rendered on a chapter change, without the story around it. */
function StoryWeekBar({ children }: { children: ReactNode }) {
  const store = useSessionStore();
  const index = useChapterIndex();
  return <WeekBar index={index} progress={store.progress} route={journey}>{children}</WeekBar>;
}

interface ChaptersProps {
  /** The chapter the page opened at: it and its neighbours are on screen at once (no fade). */
  startIndex: number;
  onOpenCharacter: (characterId: string) => void;
  study?: boolean;
}

/** Every chapter; a chapter change re-renders this list, and of its chapters only the two whose `current` changed. */
function StoryChapters({ startIndex, onOpenCharacter, study }: ChaptersProps) {
  const index = useChapterIndex();
  return story.chapters.map((c) => (
    <StoryChapter key={c.id} chapter={c} current={c.index === index} appear={Math.abs(c.index - startIndex) > 1} onOpenCharacter={onOpenCharacter} study={study} />
  ));
}

interface ChapterProps {
  chapter: Chapter;
  current: boolean;
  appear: boolean;
  onOpenCharacter: (characterId: string) => void;
  study?: boolean;
}

/** One chapter with its extras, re-rendered only when its own props change: a new current
 * chapter re-renders the two chapters it concerns, not all of them, and in those only what
 * shows which chapter is current (the section's marks, the ringing phone, read-aloud). */
const StoryChapter = memo(function StoryChapter({ chapter, current, appear, onOpenCharacter, study }: ChapterProps) {
  // The same elements while only `current` changes: React skips the word list and questions.
  const studyPart = useMemo(() => study && <ChapterStudy chapter={chapter} />, [study, chapter]);
  return (
    <ChapterSection chapter={chapter} current={current} total={story.chapters.length} appear={appear}
      prose={<ChapterProse chapter={chapter} current={current} />}>
      <ChapterExtras chapter={chapter} current={current} onOpenCharacter={onOpenCharacter} />
      {studyPart}
    </ChapterSection>
  );
});
