import './cast.css';
/**
 * Opens the cast panel from the page header: the top bar on a wide screen, the week bar
 * under it on a phone, where the top bar has no room left (the other one is not shown).
 */
import { castWords } from './cast-words';
import { useLang } from '@/lib/session/use-session';

export function CastButton({ onOpen, place }: { onOpen: () => void; place: 'topbar' | 'bar' }) {
  const lang = useLang();
  return (
    <button type="button" className={`cast-open cast-open-${place}`} aria-haspopup="dialog" onClick={onOpen}>
      <svg viewBox="0 0 20 20" width="16" height="16" aria-hidden="true" focusable="false">
        <circle cx="7" cy="7" r="3.2" fill="currentColor" />
        <path d="M1.5 17c0-3.2 2.4-5.4 5.5-5.4s5.5 2.2 5.5 5.4z" fill="currentColor" />
        <rect x="12.2" y="4.2" width="5.6" height="5.6" rx="1.2" fill="currentColor" opacity="0.7" />
        <path d="M11.6 17c.2-2.7 1.6-4.5 3.5-4.5s3.3 1.8 3.4 4.5z" fill="currentColor" opacity="0.7" />
      </svg>
      <span className="cast-open-text">{castWords.open[lang]}</span>
    </button>
  );
}
