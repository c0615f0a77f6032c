/**
 * The story inside another page's iframe (`?embed=1`): the scroll story for frames tall
 * enough to read beside a map, a stepper (map, one card, previous/next) for short ones.
 * Neither writes the URL or history: they belong to the host page.
 */
import { useMotionValue } from 'framer-motion';
import { useState } from 'react';
import { story } from '@/content/story';
import { EmbedBar } from '@/features/embed/EmbedBar';
import { readEmbedOptions, resolveLayout, fullStoryUrl, type EmbedOptions } from '@/features/embed/embed-options';
import { EmbedStepper } from '@/features/embed/EmbedStepper';
import { ChapterSection } from '@/features/chapters/ChapterSection';
import { firstChapterAt } from '@/features/map/journey';
import { LazyMapView as MapView } from '@/features/map/LazyMapView';
import { ChapterExtras } from './ChapterExtras';
import { LanguageSwitch } from './LanguageSwitch';
import { ReadingView } from './ReadingView';
import { useEmbedHost } from './use-embed-host';
import { useLanguage } from './use-language';
import { useMapOverlays } from './use-map-overlays';

const noPresenting = () => {};

export function EmbedView() {
  const [options] = useState(() => readEmbedOptions(location.search, story.chapters.map((c) => c.id)));
  // Decided once: a host that sizes the frame to the stepper's height must not flip the layout.
  const [layout] = useState(() => resolveLayout(options.layout, window.innerHeight));
  return layout === 'stepper' ? <StepperEmbed options={options} /> : <ReadingView embed={options} onPresent={noPresenting} />;
}

function StepperEmbed({ options }: { options: EmbedOptions }) {
  const chapters = story.chapters;
  const [lang, setLang] = useLanguage(false);
  const [index, setIndex] = useState(() => Math.max(0, chapters.findIndex((c) => c.id === options.chapter)));
  // Each step shows its chapter whole: the journey drawn to the chapter's end.
  const progress = useMotionValue(1);
  const overlays = useMapOverlays(index, progress, lang);
  const announceHeight = useEmbedHost(options, { index, lang, layout: 'stepper', goTo: setIndex, setLanguage: setLang });
  const chapter = chapters[index];
  return (
    <div className="reading is-embed">
      <EmbedStepper
        lang={lang}
        index={index}
        total={chapters.length}
        onGo={setIndex}
        onHeight={announceHeight}
        bar={
          <EmbedBar
            title={story.settings.title[lang]}
            lang={lang}
            fullStoryHref={fullStoryUrl(location.href, lang, chapter?.id)}
            languageSwitch={<LanguageSwitch lang={lang} onChange={setLang} />}
          />
        }
        map={
          <MapView
            index={index}
            progress={progress}
            lang={lang}
            {...overlays}
            explorable={options.explore}
            onSelectPlace={(id) => {
              const i = firstChapterAt(id);
              if (i >= 0) setIndex(i);
            }}
          />
        }
        card={
          chapter && (
            <ChapterSection key={chapter.id} chapter={chapter} lang={lang} current total={chapters.length}>
              <ChapterExtras chapter={chapter} lang={lang} />
            </ChapterSection>
          )
        }
      />
    </div>
  );
}
