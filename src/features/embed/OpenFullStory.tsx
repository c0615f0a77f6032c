import './embed.css';
/** The way out of an embed: the full story at the reader's chapter, in a new tab. */
import { et } from './embed-strings';
import { useLang } from '@/lib/session/use-session';

export function OpenFullStory({ href }: { href: string }) {
  const lang = useLang();
  return (
    <a className="embed-open" href={href} target="_blank" rel="noopener">
      {et('openFullStory', lang)}
      <span aria-hidden="true"> ↗</span>
      <span className="visually-hidden"> {et('opensInNewTab', lang)}</span>
    </a>
  );
}
