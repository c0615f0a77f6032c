/**
 * The story inside another page's iframe (`?embed=1`): a stepper (map, one card,
 * previous/next) for an article's column, the scroll story for a frame as big as a page, a
 * poster that opens the story full screen for a frame too small for either.
 * None writes the URL or history (the session knows it is embedded): they belong to the host.
 */
import { useEffect, useState } from 'react';
import { story } from '@/content/story';
import { fullStoryUrl, readingLayout, resolveLayout, type EmbedOptions, type Layout } from '@/features/embed/embed-options';
import { EmbedPoster } from '@/features/embed/EmbedPoster';
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
  if (layout === 'poster') return <PosterEmbed options={options} />;
  return layout === 'stepper' ? <StepperEmbed options={options} /> : <ScrollEmbed options={options} />;
}

/**
 * The poster until the reader starts; then the story full screen, in the layout the screen
 * holds, until full screen ends (Esc, the browser's own control) and the poster is back.
 */
function PosterEmbed({ options }: { options: EmbedOptions }) {
  const [open, setOpen] = useState<Exclude<Layout, 'poster'> | null>(null);
  useEffect(() => {
    const onChange = () => {
      if (!document.fullscreenElement) setOpen(null);
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);
  // Full screen is not the host's frame: the stepper does not ask the host to resize it.
  if (open === 'stepper') return <StepperEmbed options={options} sizesFrame={false} />;
  if (open === 'scroll') return <ScrollEmbed options={options} />;
  return <PosterCover options={options} onOpen={setOpen} />;
}

function PosterCover({ options, onOpen }: { options: EmbedOptions; onOpen: (layout: Exclude<Layout, 'poster'>) => void }) {
  const lang = useLang();
  const index = useChapterIndex();
  useEmbedHost(options, 'poster');
  const href = fullStoryUrl(location.href, lang, story.chapters[index]?.id);
  const start = () => {
    // Refused (a frame without allow="fullscreen", an iPhone): the full story in a new tab.
    const newTab = () => void window.open(href, '_blank', 'noopener');
    const root = document.documentElement;
    if (!document.fullscreenEnabled || typeof root.requestFullscreen !== 'function') return newTab();
    root.requestFullscreen().then(() => onOpen(readingLayout(screen.width, screen.height)), newTab);
  };
  return (
    <div className="is-embed">
      <EmbedPoster title={story.settings.title[lang]} line={story.settings.subtitle[lang]} onStart={start} fullStoryHref={href} languageSwitch={<LanguageSwitch />} />
    </div>
  );
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
