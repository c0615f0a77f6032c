/** The top bar the reading page and the scroll embed share: title, progress, then their own actions. */
import type { ReactNode } from 'react';
import { story } from '@/content/story';
import { ProgressBar } from '@/features/chapters/ProgressBar';
import { useChapterIndex, useLang, useSessionStore } from '@/lib/session/use-session';

export function StoryTopbar({ children }: { children: ReactNode }) {
  const store = useSessionStore();
  const lang = useLang();
  const index = useChapterIndex();
  return (
    <header className="topbar">
      <span className="topbar-title">{story.settings.title[lang]}</span>
      <ProgressBar index={index} total={story.chapters.length} progress={store.progress} />
      <div className="topbar-actions">{children}</div>
    </header>
  );
}
