/**
 * A read-aloud control that cannot speak: a disabled Listen button, taking the place the live
 * control will take, so the text does not move when the device's voices are known.
 * - `checking` (the device is still listing its voices): nothing more to say yet.
 * - otherwise the device has no voice for the language: screen readers hear why with the
 *   button, and a chapter's control says it on screen beside the button, so a reader who
 *   lands on any chapter sees why it is greyed out. A projected slide says it once, on the
 *   first slide that finds no voice (no-voice-notice.ts); the others keep the screen quiet.
 */
import { useId } from 'react';
import { useLang } from '@/lib/session/use-session';
import { say } from './language-strings';
import { claimNoVoiceNotice } from './no-voice-notice';

export function NoVoice({ what, checking = false }: { what: 'chapter' | 'slide'; checking?: boolean }) {
  const lang = useLang();
  const id = useId();
  // Idempotent: a slide control that claimed the notice keeps it on every render.
  const tells = !checking && (what === 'chapter' || claimNoVoiceNotice(lang, id));
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
