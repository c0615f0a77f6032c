/** `O`: every slide at once, to jump to any of them. The current one has focus. */
import { useEffect, useRef } from 'react';
import type { Chapter } from '@/content/story-types';
import { threadName } from '@/content/story';
import { say } from './present-strings';
import { useLang } from '@/lib/session/use-session';

interface Props {
  chapters: readonly Chapter[];
  index: number;
  onPick: (index: number) => void;
  onClose: () => void;
}

export function SlideOverview({ chapters, index, onPick, onClose }: Props) {
  const lang = useLang();
  const grid = useRef<HTMLOListElement>(null);
  // Arrow keys move the highlighted slide; focus follows it so Enter picks it.
  useEffect(() => {
    grid.current?.querySelector<HTMLButtonElement>('[aria-current="true"]')?.focus();
  }, [index]);
  return (
    <div className="deck-overview" role="dialog" aria-modal="true" aria-labelledby="deck-overview-title">
      <div className="deck-overview-head">
        <h2 id="deck-overview-title">{say('overviewTitle', lang)}</h2>
        <button type="button" onClick={onClose} aria-keyshortcuts="Escape O">{say('closeOverview', lang)}</button>
      </div>
      <ol className="deck-overview-grid" ref={grid}>
        {chapters.map((c, i) => (
          <li key={c.id}>
            <button type="button" className={`deck-thumb thread-${c.thread}`} aria-current={i === index ? 'true' : undefined}
              aria-label={`${i + 1}. ${c.title[lang]}`} aria-describedby={`deck-thumb-${c.id}`} onClick={() => onPick(i)}>
              <span className="deck-thumb-n">{i + 1}</span>
              <span className="deck-thumb-title">{c.title[lang]}</span>
              <span className="deck-thumb-thread" id={`deck-thumb-${c.id}`}>{threadName(c.thread, lang)}</span>
            </button>
          </li>
        ))}
      </ol>
      <p className="deck-keys">{say('keysHelp', lang)}</p>
    </div>
  );
}
