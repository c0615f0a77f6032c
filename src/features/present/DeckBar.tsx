/** The presenter's controls on the projector: counter, progress, and a button for every key. */
import type { ReactNode } from 'react';
import type { DeckCommand } from './deck-input';
import { say } from './present-strings';
import { useLang } from '@/lib/session/use-session';

interface Props {
  index: number;
  total: number;
  fullscreen: boolean;
  run: (command: DeckCommand) => void;
  /** The language switch, composed by the app. */
  children?: ReactNode;
}

export function DeckCounter({ index, total }: Pick<Props, 'index' | 'total'>) {
  const lang = useLang();
  const n = index + 1;
  return (
    <div className="deck-progress" role="progressbar" aria-label={say('slides', lang)} aria-valuemin={1}
      aria-valuemax={total} aria-valuenow={n} aria-valuetext={say('slideOf', lang, { n, total })}>
      <div className="deck-progress-fill" style={{ transform: `scaleX(${total ? n / total : 0})` }} />
    </div>
  );
}

export function DeckBar({ index, total, fullscreen, run, children }: Props) {
  const lang = useLang();
  const button = (label: string, command: DeckCommand, keys: string, extra: object = {}) => (
    <button type="button" onClick={() => run(command)} aria-keyshortcuts={keys} {...extra}>{label}</button>
  );
  return (
    <div className="deck-bar" role="toolbar" aria-label={say('controls', lang)}>
      {button(say('previous', lang), { type: 'prev' }, 'ArrowLeft PageUp', { disabled: index <= 0 })}
      <span className="deck-counter" aria-hidden="true">{index + 1} / {total}</span>
      {button(say('next', lang), { type: 'next' }, 'ArrowRight PageDown Space', { disabled: index >= total - 1 })}
      {button(say('overview', lang), { type: 'toggleOverview' }, 'O')}
      {button(say('blank', lang), { type: 'toggleBlank' }, 'B')}
      {button(say(fullscreen ? 'exitFullscreen' : 'fullscreen', lang), { type: 'fullscreen' }, 'F', { 'aria-pressed': fullscreen })}
      {button(say('presenterView', lang), { type: 'presenter' }, 'S')}
      {children}
      {button(say('exit', lang), { type: 'exit' }, 'Escape')}
    </div>
  );
}
