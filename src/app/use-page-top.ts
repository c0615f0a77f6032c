/** A page of its own (teacher page, activities): opens at its top, with its name in the tab. */
import { useEffect } from 'react';
import { story } from '@/content/story';
import { useLang } from '@/lib/session/use-session';

export function usePageTop(title: string): void {
  const lang = useLang();
  useEffect(() => {
    window.scrollTo(0, 0);
  }, []);
  useEffect(() => {
    const before = document.title;
    document.title = `${title} · ${story.settings.title[lang]}`;
    return () => {
      document.title = before;
    };
  }, [title, lang]);
}
