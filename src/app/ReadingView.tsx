/** The scroll story: cover, chapters in order, the map beside (desktop) or above (phone). */
import { useLayoutEffect, useRef, useState } from 'react';
import type { Lang } from '@/content/schema';
import { story } from '@/content/story';
import { ChapterSection } from '@/features/chapters/ChapterSection';
import { Cover } from '@/features/chapters/Cover';
import { ProgressBar } from '@/features/chapters/ProgressBar';
import { firstChapterAt, journey } from '@/features/map/journey';
import { LazyMapView as MapView } from '@/features/map/LazyMapView';
import { t } from '@/lib/i18n/ui-strings';
import { useScrollStep } from '@/lib/scroll/use-scroll-step';
import { useMediaQuery } from '@/lib/use-media-query';
import { CastButton } from '@/features/cast/CastButton';
import { LazyCastDialog as CastDialog } from '@/features/cast/LazyCastDialog';
import { useCastPanel } from '@/features/cast/use-cast-panel';
import { WeekBar } from '@/features/week/WeekBar';
import { ChapterExtras } from './ChapterExtras';
import { LanguageSwitch } from './LanguageSwitch';
import { usePresentKey } from './use-present-key';
import { useMapOverlays } from './use-map-overlays';
import { chapterIndexFromHash, useChapterHash } from './use-chapter-hash';
import { useLanguage } from './use-language';
import { useEmbedHost } from './use-embed-host';
import { fullStoryUrl, type EmbedOptions } from '@/features/embed/embed-options';
import { OpenFullStory } from '@/features/embed/OpenFullStory';
import { ShareButton } from '@/features/embed/ShareButton';
import { say as sayHandout } from '@/features/handout/handout-strings';
import { PrintHandout } from './PrintHandout';


interface Props {
  /** Inside an iframe, its options: the URL and history belong to nobody but the host page. */
  embed?: EmbedOptions;
  onPresent: (chapterId?: string) => void;
  /** Opens the printable handout for students. */
  onHandout?: (chapterId?: string) => void;
}

export function ReadingView({ embed: embedOptions, onPresent, onHandout }: Props) {
  const embed = embedOptions !== undefined;
  const [lang, setLang] = useLanguage(!embed);
  const container = useRef<HTMLDivElement>(null);
  // On a phone the map fills the top of the screen, so the reading line sits lower.
  const phone = useMediaQuery('(max-width: 700px)');
  const { index, progress, scrollTo, measure } = useScrollStep(container, window, { trigger: phone ? 0.72 : 0.5 });
  const chapters = story.chapters;
  const startHash = embedOptions?.chapter ? `#${embedOptions.chapter}` : location.hash;
  useChapterHash(chapters, index, (i) => scrollTo(i), !embed, startHash);
  // Chapters at and just before a deep-linked start are on screen at once: no fade for them.
  const [startIndex] = useState(() => chapterIndexFromHash(startHash, chapters));
  const cast = useCastPanel();
  const overlays = useMapOverlays(index, progress, lang, cast.highlighted);
  usePresentKey(!embed, () => onPresent(chapters[index]?.id));

  // Switching language reflows the text: put the reader back where they were.
  const place = useRef<{ index: number; progress: number } | null>(null);
  const [shownLang, setShownLang] = useState<Lang>(lang);
  const switchLanguage = (next: Lang) => {
    place.current = { index, progress: progress.get() };
    setLang(next);
    setShownLang(next);
  };
  useEmbedHost(embedOptions, { index, lang, layout: 'scroll', goTo: (i) => scrollTo(i), setLanguage: switchLanguage });
  useLayoutEffect(() => {
    const p = place.current;
    place.current = null;
    if (p && p.index >= 0) scrollTo(p.index, p.progress);
    measure();
  }, [shownLang, scrollTo, measure]);

  return (
    <div className={embed ? 'reading is-embed' : 'reading'}>
      <a className="skip-link" href="#story">{t('skipToStory', lang)}</a>
      <header className="topbar">
        <span className="topbar-title">{story.settings.title[lang]}</span>
        <ProgressBar index={index} total={chapters.length} progress={progress} lang={lang} />
        <div className="topbar-actions">
          <CastButton lang={lang} onOpen={cast.openList} place="topbar" />
          {!embed && (
            <button type="button" className="present-button" onClick={() => onPresent(chapters[index]?.id)} aria-keyshortcuts="P">
              {t('present', lang)}
            </button>
          )}
          {!embed && onHandout && (
            <button type="button" className="topbar-handout" onClick={() => onHandout(chapters[index]?.id)}>{sayHandout('handout', lang)}</button>
          )}
          {!embed && <ShareButton lang={lang} chapterId={chapters[index]?.id} />}
          <LanguageSwitch lang={lang} onChange={switchLanguage} />
          {embed && <OpenFullStory href={fullStoryUrl(location.href, lang, chapters[index]?.id)} lang={lang} />}
        </div>
      </header>
      <div className="layout">
        <section className="map-region" aria-label={t('mapPlaceholder', lang)}>
          <MapView
            index={index}
            progress={progress}
            lang={lang}
            {...overlays}
            explorable={embedOptions?.explore ?? true}
            onSelectPlace={(id) => {
              const i = firstChapterAt(id);
              if (i >= 0) scrollTo(i);
            }}
          />
        </section>
        <main id="story" className="story-column" ref={container} tabIndex={-1}>
          <WeekBar index={index} progress={progress} lang={lang} route={journey}>
            <CastButton lang={lang} onOpen={cast.openList} place="bar" />
          </WeekBar>
          <Cover lang={lang} />
          {chapters.map((c) => (
            <ChapterSection key={c.id} chapter={c} lang={lang} current={c.index === index} total={chapters.length} appear={Math.abs(c.index - startIndex) > 1}>
              <ChapterExtras chapter={c} lang={lang} current={c.index === index} onOpenCharacter={cast.openCard} />
            </ChapterSection>
          ))}
        </main>
      </div>
      {!embed && <PrintHandout lang={lang} />}
      <CastDialog panel={cast} lang={lang} onGoToChapter={(i) => scrollTo(i)} />
    </div>
  );
}
