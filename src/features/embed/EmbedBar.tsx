import './embed.css';
/** The embed's only chrome: the story's title, the language switch, and a way out to the full story. */
import type { ReactNode } from 'react';
import { OpenFullStory } from './OpenFullStory';

interface Props {
  title: string;
  /** The full story at the reader's chapter, opened in a new tab. */
  fullStoryHref: string;
  /** The app's language switch (it keeps the reader's place, which only the app knows). */
  languageSwitch: ReactNode;
}

export function EmbedBar({ title, fullStoryHref, languageSwitch }: Props) {
  return (
    <header className="topbar embed-bar">
      <h1 className="topbar-title embed-title">{title}</h1>
      <div className="topbar-actions">
        {languageSwitch}
        <OpenFullStory href={fullStoryHref} />
      </div>
    </header>
  );
}
