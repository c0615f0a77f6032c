/**
 * A page of its own beside the story (the teacher page, the activities, the whole glossary):
 * Back to the story and the language switch on top, the page's name in the tab, opened at its
 * top. Each page gives its own name, its Back label and its content.
 */
import type { ReactNode } from 'react';
import { useSessionStore } from '@/lib/session/use-session';
import { LanguageSwitch } from './LanguageSwitch';
import { usePageTop } from './use-page-top';

interface Props {
  title: string;
  backLabel: string;
  className?: string;
  children: ReactNode;
}

export function PageView({ title, backLabel, className = 'page-view', children }: Props) {
  const store = useSessionStore();
  usePageTop(title);
  return (
    <div className={className}>
      <header className="page-view-bar">
        <button type="button" onClick={() => store.move({ type: 'setMode', mode: 'read' })}>{backLabel}</button>
        <LanguageSwitch />
      </header>
      {children}
    </div>
  );
}
