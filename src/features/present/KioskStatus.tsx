/** A quiet line under the slides while kiosk playback is on: its pace, or that it is paused. */
import './kiosk.css';
import { useLang } from '@/lib/session/use-session';
import { sayKiosk } from './kiosk-strings';
import type { KioskState } from './use-kiosk';

export function KioskStatus({ state }: { state: KioskState }) {
  const lang = useLang();
  if (!state.on) return null;
  return (
    <p className="deck-kiosk" role="status" data-kiosk={state.paused ? 'paused' : 'playing'}>
      {state.paused ? sayKiosk('paused', lang) : sayKiosk('playing', lang, { s: state.seconds })}
    </p>
  );
}
