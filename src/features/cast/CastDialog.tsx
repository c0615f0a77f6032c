import './cast.css';
/**
 * The cast panel: a native modal <dialog> (focus moves in, Esc closes, the rest of the page
 * is inert), showing everyone or one character's card. Focus returns to whatever opened it,
 * or, after following a chapter link, to the character's chip in that chapter.
 */
import { AnimatePresence, m } from 'framer-motion';
import { useEffect, useId, useRef, useState, type MouseEvent } from 'react';
import { characterById } from '@/content/story';
import type { Chapter } from '@/content/story-types';
import { castWords } from './cast-words';
import { CastList } from './CastList';
import { CharacterCard } from './CharacterCard';
import { chipId } from './CharacterChips';
import type { CastPanel } from './use-cast-panel';
import { useLang } from '@/lib/session/use-session';

interface Props {
  panel: CastPanel;
  /** Takes the reader to a chapter (the reading view's scroll). */
  onGoToChapter: (index: number) => void;
}

export function CastDialog({ panel, onGoToChapter }: Props) {
  const lang = useLang();
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const focusAfter = useRef<HTMLElement | null>(null);
  const [leftCard, setLeftCard] = useState<string | null>(null);
  const headingId = useId();
  const character = panel.characterId ? characterById(panel.characterId) : undefined;

  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (panel.open && !d.open) {
      opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      d.showModal();
      d.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    } else if (!panel.open && d.open) d.close();
  }, [panel.open]);

  const onClose = () => {
    panel.close();
    setLeftCard(null);
    const target = focusAfter.current ?? opener.current;
    focusAfter.current = null;
    target?.focus({ preventScroll: target !== opener.current });
  };
  const goTo = (chapter: Chapter) => {
    if (panel.characterId) focusAfter.current = document.getElementById(chipId(chapter.id, panel.characterId));
    dialog.current?.close();
    onGoToChapter(chapter.index);
  };
  const showList = () => {
    setLeftCard(panel.characterId);
    panel.openList();
  };
  // A click on the backdrop (the dialog box itself, outside the panel) closes it.
  const onBackdrop = (e: MouseEvent<HTMLDialogElement>) => {
    if (e.target === e.currentTarget) dialog.current?.close();
  };
  // Under reduced motion the root MotionConfig drops these shifts; the views only cross-fade.
  const shift = 20;
  const fade = { duration: 0.2, ease: 'easeOut' } as const;

  return (
    <dialog ref={dialog} className="cast-dialog" aria-labelledby={headingId} onClose={onClose} onClick={onBackdrop}>
      {panel.open && (
        // Slides in without fading, so its text is at full contrast from the first frame.
        <m.div className="cast-panel" initial={{ y: shift }} animate={{ y: 0 }} transition={fade}>
          <div className="cast-panel-bar">
            {character && <button type="button" onClick={showList}><span aria-hidden="true">←</span> {castWords.all[lang]}</button>}
            <button type="button" className="cast-close" onClick={() => dialog.current?.close()}>
              {castWords.close[lang]} <span aria-hidden="true">×</span>
            </button>
          </div>
          <AnimatePresence mode="wait" initial={false}>
            <m.div
              key={character?.id ?? 'everyone'}
              className="cast-view"
              initial={{ opacity: 0, x: shift }}
              animate={{ opacity: 1, x: 0 }}
              exit={{ opacity: 0, x: -shift }}
              transition={fade}
            >
              {character
                ? <CharacterCard character={character} headingId={headingId} onGoToChapter={goTo} />
                : <CastList headingId={headingId} returnTo={leftCard} onOpen={panel.openCard} />}
            </m.div>
          </AnimatePresence>
        </m.div>
      )}
    </dialog>
  );
}
