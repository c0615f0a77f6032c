/** The scroll story in a frame as big as a page: its own top bar, no URL or history writes. */
import { story } from '@/content/story';
import { fullStoryUrl, type EmbedOptions } from '@/features/embed/embed-options';
import { OpenFullStory } from '@/features/embed/OpenFullStory';
import { useChapterIndex, useLang } from '@/lib/session/use-session';
import { LanguageSwitch } from './LanguageSwitch';
import { ScrollStory } from './ScrollStory';
import { StoryTopbar } from './StoryTopbar';
import { useEmbedHost } from './use-embed-host';

export function ScrollEmbed({ options }: { options: EmbedOptions }) {
  const lang = useLang();
  const index = useChapterIndex();
  useEmbedHost(options, 'scroll');
  return (
    <ScrollStory
      className="reading is-embed"
      explorable={options.explore}
      topbar={(castButton) => (
        <StoryTopbar>
          {castButton}
          <LanguageSwitch />
          <OpenFullStory href={fullStoryUrl(location.href, lang, story.chapters[index]?.id)} />
        </StoryTopbar>
      )}
    />
  );
}
