/** The scroll story: cover, chapters in order, the map beside (desktop) or above (phone). */
import { useLayoutEffect, useRef, useState } from 'react';
import type { Lang } from '@/content/schema';
import { story } from '@/content/story';
import { ChapterSection } from '@/features/chapters/ChapterSection';
import { Cover } from '@/features/chapters/Cover';
import { ProgressBar } from '@/features/chapters/ProgressBar';
import { t } from '@/lib/i18n/ui-strings';
import { useScrollStep } from '@/lib/scroll/use-scroll-step';
import { LanguageSwitch } from './LanguageSwitch';
import { useChapterHash } from './use-chapter-hash';
import { useLanguage } from './use-language';

const initialHash = typeof location === 'undefined' ? '' : location.hash;

export function ReadingView() {
  const [lang, setLang] = useLanguage(true);
  const container = useRef<HTMLDivElement>(null);
  const { index, progress, scrollTo, measure } = useScrollStep(container, window);
  const chapters = story.chapters;
  useChapterHash(chapters, index, (i) => scrollTo(i), true, initialHash);

  // Switching language reflows the text: put the reader back where they were.
  const place = useRef<{ index: number; progress: number } | null>(null);
  const [shownLang, setShownLang] = useState<Lang>(lang);
  const switchLanguage = (next: Lang) => {
    place.current = { index, progress: progress.get() };
    setLang(next);
    setShownLang(next);
  };
  useLayoutEffect(() => {
    const p = place.current;
    place.current = null;
    if (p && p.index >= 0) scrollTo(p.index, p.progress);
    measure();
  }, [shownLang, scrollTo, measure]);

  return (
    <div className="reading">
      <a className="skip-link" href="#story">{t('skipToStory', lang)}</a>
      <div className="topbar">
        <span className="topbar-title">{story.settings.title[lang]}</span>
        <ProgressBar index={index} total={chapters.length} progress={progress} lang={lang} />
        <LanguageSwitch lang={lang} onChange={switchLanguage} />
      </div>
      <div className="layout">
        <div className="map-pane" aria-label={t('mapPlaceholder', lang)} role="region" />
        <main id="story" className="story-column" ref={container} tabIndex={-1}>
          <Cover lang={lang} />
          {chapters.map((c) => (
            <ChapterSection key={c.id} chapter={c} lang={lang} current={c.index === index} total={chapters.length} />
          ))}
        </main>
      </div>
    </div>
  );
}
