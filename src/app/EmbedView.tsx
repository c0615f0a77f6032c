/**
 * The story inside another page's iframe (`?embed=1`): a stepper (map, one card,
 * previous/next) for an article's column, the scroll story for a frame as big as a page, a
 * poster that opens the story full screen for a frame too small for either.
 * None writes the URL or history (the session knows it is embedded): they belong to the host.
 */
import { useState } from 'react';
import { resolveLayout, type EmbedOptions } from '@/features/embed/embed-options';
import { PosterEmbed } from './PosterEmbed';
import { ScrollEmbed } from './ScrollEmbed';
import { StepperEmbed } from './StepperEmbed';

export function EmbedView({ options }: { options: EmbedOptions }) {
  // Decided once: a host that sizes the frame to the stepper's height must not flip the layout.
  const [layout] = useState(() => resolveLayout(options.layout, window.innerWidth, window.innerHeight));
  if (layout === 'poster') return <PosterEmbed options={options} />;
  return layout === 'stepper' ? <StepperEmbed options={options} /> : <ScrollEmbed options={options} />;
}
