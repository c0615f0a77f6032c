import './embed.css';
/** The way out of an embed: the full story at the reader's chapter, in a new tab. */
import type { Lang } from '@/content/schema';
import { et } from './embed-strings';

export function OpenFullStory({ href, lang }: { href: string; lang: Lang }) {
  return (
    <a className="embed-open" href={href} target="_blank" rel="noopener">
      {et('openFullStory', lang)}
      <span aria-hidden="true"> ↗</span>
      <span className="visually-hidden"> {et('opensInNewTab', lang)}</span>
    </a>
  );
}
