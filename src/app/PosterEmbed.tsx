/** An embed too small for the stepper: a poster whose one button opens the story full screen. */
import { useEffect, useState } from 'react';
import { story } from '@/content/story';
import { fullStoryUrl, readingLayout, type EmbedOptions, type Layout } from '@/features/embed/embed-options';
import { EmbedPoster } from '@/features/embed/EmbedPoster';
import { useChapterIndex, useLang } from '@/lib/session/use-session';
import { LanguageSwitch } from './LanguageSwitch';
import { ScrollEmbed } from './ScrollEmbed';
import { StepperEmbed } from './StepperEmbed';
import { useEmbedHost } from './use-embed-host';

/**
 * The poster until the reader starts; then the story full screen, in the layout the screen
 * holds, until full screen ends (Esc, the browser's own control) and the poster is back.
 */
export function PosterEmbed({ options }: { options: EmbedOptions }) {
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
