/** A link to a chapter of the story: back to reading, at that chapter. */
import type { ReactNode } from 'react';
import { story } from '@/content/story';
import { useSessionStore } from '@/lib/session/use-session';

export function ChapterLink({ id, children }: { id: string; children: ReactNode }) {
  const store = useSessionStore();
  const index = story.chapters.findIndex((c) => c.id === id);
  return (
    <a
      href={`#${id}`}
      onClick={(e) => {
        e.preventDefault();
        store.move({ type: 'setMode', mode: 'read' });
        store.move({ type: 'goTo', chapter: index });
      }}
    >
      {children}
    </a>
  );
}

export const chapterTitle = (id: string, lang: 'es' | 'en'): string => story.chapters.find((c) => c.id === id)?.title[lang] ?? id;
