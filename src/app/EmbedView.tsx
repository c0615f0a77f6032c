/**
 * The story inside another page's iframe (`?embed=1`): a stepper (map, one card,
 * previous/next) for an article's column, the scroll story for a frame as big as a page.
 * Neither writes the URL or history (the session knows it is embedded): they belong to the host.
 */
import { useState } from 'react';
import { story } from '@/content/story';
import { fullStoryUrl, resolveLayout, type EmbedOptions } from '@/features/embed/embed-options';
import { OpenFullStory } from '@/features/embed/OpenFullStory';
import { useChapterIndex, useLang } from '@/lib/session/use-session';
import { LanguageSwitch } from './LanguageSwitch';
import { ScrollStory } from './ScrollStory';
import { StepperEmbed } from './StepperEmbed';
import { StoryTopbar } from './StoryTopbar';
import { useEmbedHost } from './use-embed-host';

export function EmbedView({ options }: { options: EmbedOptions }) {
  // Decided once: a host that sizes the frame to the stepper's height must not flip the layout.
  const [layout] = useState(() => resolveLayout(options.layout, window.innerWidth, window.innerHeight));
  return layout === 'stepper' ? <StepperEmbed options={options} /> : <ScrollEmbed options={options} />;
}

function ScrollEmbed({ options }: { options: EmbedOptions }) {
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
