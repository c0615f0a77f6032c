/** The play control of a chapter or slide: listen, pause and resume, slower, stop. */
import { useLang } from '@/lib/session/use-session';
import { say } from './language-strings';
import { NoVoice } from './NoVoice';
import { useReadAloud } from './use-read-aloud';

interface Props {
  /** The element whose text is read (its paragraphs, in order). */
  root: () => Element | null;
  /** False once the reader has moved on: reading stops. */
  active: boolean;
  /** `slide` for a slide's shorter text. */
  what?: 'chapter' | 'slide';
}

export function ReadAloud({ root, active, what = 'chapter' }: Props) {
  const lang = useLang();
  const r = useReadAloud(lang, root, active);
  // Until the voices are known, and without one, the control keeps its place, disabled.
  if (r.voice === 'checking' || r.voice === 'none') return <NoVoice what={what} checking={r.voice === 'checking'} />;
  return (
    <div className="read-aloud" role="group" aria-label={say('readAloud', lang)}>
      {r.status === 'idle' ? (
        <button type="button" className="read-aloud-play" onClick={r.play} aria-label={say(what === 'slide' ? 'listenSlideLabel' : 'listenLabel', lang)}>
          <span aria-hidden="true">▶ </span>{say('listen', lang)}
        </button>
      ) : (
        <>
          <button type="button" onClick={r.status === 'playing' ? r.pause : r.resume}>
            {say(r.status === 'playing' ? 'pause' : 'resume', lang)}
          </button>
          <button type="button" onClick={r.stop}>{say('stop', lang)}</button>
        </>
      )}
      <button type="button" aria-pressed={r.slow} onClick={() => r.setSlow(!r.slow)}>{say('slower', lang)}</button>
      {r.at && <span className="read-aloud-at">{say('sentenceOf', lang, { n: r.at.n, total: r.at.total })}</span>}
    </div>
  );
}
