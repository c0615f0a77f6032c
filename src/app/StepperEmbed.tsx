/** The stepper embed for short frames: map, one chapter card, previous/next, as session moves. */
import { useEffect } from 'react';
import { story } from '@/content/story';
import { ChapterSection } from '@/features/chapters/ChapterSection';
import { EmbedBar } from '@/features/embed/EmbedBar';
import { fullStoryUrl, type EmbedOptions } from '@/features/embed/embed-options';
import { EmbedStepper } from '@/features/embed/EmbedStepper';
import { useChapterIndex, useLang, useSessionStore } from '@/lib/session/use-session';
import { ChapterExtras } from './ChapterExtras';
import { LanguageSwitch } from './LanguageSwitch';
import { SessionMap } from './SessionMap';
import { useEmbedHost } from './use-embed-host';

interface Props {
  options: EmbedOptions;
  /** Announce the height the stepper needs, for a host that sizes its frame (not full screen). */
  sizesFrame?: boolean;
}

const ignore = () => {};

export function StepperEmbed({ options, sizesFrame = true }: Props) {
  const store = useSessionStore();
  const lang = useLang();
  const index = Math.max(0, useChapterIndex());
  const announceHeight = useEmbedHost(options, 'stepper');
  // Each step shows its chapter whole: the journey drawn to the chapter's end.
  const go = (chapter: number) => store.move({ type: 'goTo', chapter, progress: 1 });
  useEffect(() => {
    store.move({ type: 'goTo', chapter: Math.max(0, store.get().chapter), progress: 1 });
    return store.onGoTo((chapter, progress) => {
      if (progress === undefined) store.move({ type: 'goTo', chapter, progress: 1 });
    });
  }, [store]);
  const chapter = story.chapters[index];
  return (
    <div className="reading is-embed">
      <EmbedStepper
        index={index}
        total={story.chapters.length}
        onGo={go}
        onHeight={sizesFrame ? announceHeight : ignore}
        bar={<EmbedBar title={story.settings.title[lang]} fullStoryHref={fullStoryUrl(location.href, lang, chapter?.id)} languageSwitch={<LanguageSwitch />} />}
        map={<SessionMap explorable={options.explore} />}
        card={chapter && (
          <ChapterSection key={chapter.id} chapter={chapter} current total={story.chapters.length} appear={false}>
            <ChapterExtras chapter={chapter} />
          </ChapterSection>
        )}
      />
    </div>
  );
}
