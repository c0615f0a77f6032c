/**
 * A read-aloud control on a device with no voice for the language: a disabled Listen button
 * that says why to screen readers. The page's first such control also says it on screen, once
 * (see no-voice-notice.ts); the others stay quiet.
 */
import { useId } from 'react';
import { useLang } from '@/lib/session/use-session';
import { say } from './language-strings';
import { claimNoVoiceNotice } from './no-voice-notice';

export function NoVoice({ what }: { what: 'chapter' | 'slide' }) {
  const lang = useLang();
  const id = useId();
  // Idempotent: a control that claimed the notice keeps it on every render.
  const tells = claimNoVoiceNotice(lang, id);
  return (
    // A slide is projected: after the one that told, its silent control is for screen readers only.
    <div className={`read-aloud read-aloud-none${what === 'slide' && !tells ? ' visually-hidden' : ''}`}>
      <button type="button" disabled aria-label={say(what === 'slide' ? 'listenSlideLabel' : 'listenLabel', lang)} aria-describedby={`${id}-why`}>
        <span aria-hidden="true">▶ </span>{say('listen', lang)}
      </button>
      <span id={`${id}-why`} className={tells ? 'read-aloud-why' : 'visually-hidden'}>{say('noVoice', lang)}</span>
    </div>
  );
}
