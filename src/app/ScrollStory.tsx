/**
 * The scroll story shared by the reading page and a tall embed: its top bar (given), the map
 * beside (desktop) or above (phone) the text, the week bar, the cover and every chapter.
 */
import { useRef, useState, type ReactNode } from 'react';
import { story } from '@/content/story';
import { LazyCastDialog as CastDialog } from '@/features/cast/LazyCastDialog';
import { CastButton } from '@/features/cast/CastButton';
import { useCastPanel } from '@/features/cast/use-cast-panel';
import { ChapterSection } from '@/features/chapters/ChapterSection';
import { Cover } from '@/features/chapters/Cover';
import { journey } from '@/lib/journey';
import { WeekBar } from '@/features/week/WeekBar';
import { t } from '@/lib/i18n/ui-strings';
import { useChapterIndex, useLang, useSessionStore } from '@/lib/session/use-session';
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
  const index = useChapterIndex();
  const container = useRef<HTMLElement>(null);
  // On a phone the map fills the top of the screen, so the reading line sits lower.
  const phone = useMediaQuery('(max-width: 700px)');
  useScrollDriver(container, phone ? 0.72 : 0.5);
  // Chapters at and just before a deep-linked start are on screen at once: no fade for them.
  const [startIndex] = useState(() => store.get().chapter);
  const cast = useCastPanel();
  const chapters = story.chapters;
  return (
    <div className={className}>
      <a className="skip-link" href="#story">{t('skipToStory', lang)}</a>
      {topbar(<CastButton onOpen={cast.openList} place="topbar" />)}
      <div className="layout">
        <section className="map-region" aria-label={t('mapPlaceholder', lang)}>
          <SessionMap focus={cast.highlighted} explorable={explorable} />
        </section>
        <main id="story" className="story-column" ref={container} tabIndex={-1}>
          <WeekBar index={index} progress={store.progress} route={journey}>
            <CastButton onOpen={cast.openList} place="bar" />
          </WeekBar>
          <Cover />
          {chapters.map((c) => (
            <ChapterSection key={c.id} chapter={c} current={c.index === index} total={chapters.length} appear={Math.abs(c.index - startIndex) > 1}
              prose={<ChapterProse chapter={c} current={c.index === index} />}>
              <ChapterExtras chapter={c} current={c.index === index} onOpenCharacter={cast.openCard} />
              {study && <ChapterStudy chapter={c} />}
            </ChapterSection>
          ))}
        </main>
      </div>
      {children}
      <CastDialog panel={cast} onGoToChapter={(i) => store.move({ type: 'goTo', chapter: i })} />
    </div>
  );
}
