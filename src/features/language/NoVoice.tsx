/**
 * A read-aloud control that cannot speak: a disabled Listen button, taking the place the live
 * control will take, so the text does not move when the device's voices are known.
 * - `checking` (the device is still listing its voices): nothing more to say yet.
 * - otherwise the device has no voice for the language: screen readers hear why with the
 *   button; the page's first such control also says it on screen, once (no-voice-notice.ts).
 */
import { useId } from 'react';
import { useLang } from '@/lib/session/use-session';
import { say } from './language-strings';
import { claimNoVoiceNotice } from './no-voice-notice';

export function NoVoice({ what, checking = false }: { what: 'chapter' | 'slide'; checking?: boolean }) {
  const lang = useLang();
  const id = useId();
  // Idempotent: a control that claimed the notice keeps it on every render.
  const tells = !checking && claimNoVoiceNotice(lang, id);
  // A slide is projected: unless it tells, a silent control is for screen readers only.
  const quiet = what === 'slide' && !tells;
  return (
    <div className={`read-aloud read-aloud-none${quiet ? ' visually-hidden' : ''}`}>
      <button type="button" disabled aria-label={say(what === 'slide' ? 'listenSlideLabel' : 'listenLabel', lang)} aria-describedby={checking ? undefined : `${id}-why`}>
        <span aria-hidden="true">▶ </span>{say('listen', lang)}
      </button>
      {!checking && <span id={`${id}-why`} className={tells ? 'read-aloud-why' : 'visually-hidden'}>{say('noVoice', lang)}</span>}
    </div>
  );
}
