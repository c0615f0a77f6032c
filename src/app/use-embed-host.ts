/**
 * The embed host driver: the host protocol (announcements, `goto`, `setLanguage`) and
 * same-page links that must not touch the host's history, as session moves.
 * Returns the function that announces the content height.
 */
import { story } from '@/content/story';
import type { EmbedOptions, Layout } from '@/features/embed/embed-options';
import { useContainedLinks } from '@/features/embed/use-contained-links';
import { useHostChannel } from '@/features/embed/use-host-channel';
import { useChapterIndex, useLang, useSessionStore } from '@/lib/session/use-session';

export function useEmbedHost(options: EmbedOptions, layout: Layout): (height: number) => void {
  const store = useSessionStore();
  const index = useChapterIndex();
  const lang = useLang();
  const goTo = (chapter: number) => store.move({ type: 'goTo', chapter });
  const announceHeight = useHostChannel({
    enabled: true, allowlist: options.origins, index, lang, layout,
    onGoto: goTo, onSetLanguage: (next) => store.move({ type: 'setLanguage', lang: next }),
  });
  useContainedLinks(true, (id) => {
    const i = story.chapters.findIndex((c) => c.id === id);
    if (i >= 0) goTo(i);
    return i >= 0;
  });
  return announceHeight;
}
