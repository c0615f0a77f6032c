/**
 * Wires an embedded view to the page around it: the host protocol (announcements, `goto`,
 * `setLanguage`) and same-page links that must not touch the host's history.
 * Returns the function that announces the content height.
 */
import type { Lang } from '@/content/schema';
import { story } from '@/content/story';
import type { EmbedOptions, Layout } from '@/features/embed/embed-options';
import { useContainedLinks } from '@/features/embed/use-contained-links';
import { useHostChannel } from '@/features/embed/use-host-channel';

interface Wiring {
  index: number;
  lang: Lang;
  layout: Layout;
  goTo: (index: number) => void;
  setLanguage: (lang: Lang) => void;
}

export function useEmbedHost(options: EmbedOptions | undefined, { index, lang, layout, goTo, setLanguage }: Wiring): (height: number) => void {
  const enabled = options !== undefined;
  const announceHeight = useHostChannel({ enabled, allowlist: options?.origins ?? null, index, lang, layout, onGoto: goTo, onSetLanguage: setLanguage });
  useContainedLinks(enabled, (id) => {
    const i = story.chapters.findIndex((c) => c.id === id);
    if (i >= 0) goTo(i);
    return i >= 0;
  });
  return announceHeight;
}
