/**
 * A glossary word in the text: a quiet button that shows its gloss in a small popover when
 * tapped, clicked or focused. The popover is a native `popover="auto"`: the browser keeps one
 * open at a time and closes it on Esc or a tap elsewhere. Screen readers hear the gloss as
 * the button's description. The popover is added to the page the first time its word is
 * shown (then kept): a page holds some 150 glossary words, and a popover for each, never
 * opened by most readers, cost the reading view about 1,200 React fibers and their DOM.
 */
import { useId, useRef, useState, type ReactNode } from 'react';
import { createPortal, flushSync } from 'react-dom';
import type { GlossEntry } from '@/content/schema';
import { otherLang } from '@/lib/i18n/language';
import { useLang } from '@/lib/session/use-session';

interface Props {
  entry: GlossEntry;
  children: ReactNode;
}

/** Places the popover under the word (over it near the bottom of the screen), px. */
function place(button: HTMLElement, pop: HTMLElement): void {
  const r = button.getBoundingClientRect();
  const width = pop.offsetWidth;
  const left = Math.max(8, Math.min(r.left, window.innerWidth - width - 8));
  const below = r.bottom + 6;
  const top = below + pop.offsetHeight > window.innerHeight - 8 ? Math.max(8, r.top - pop.offsetHeight - 6) : below;
  pop.style.left = `${left}px`;
  pop.style.top = `${top}px`;
}

/** A word in the reader's text (the session's language); its gloss is in the other language. */
export function GlossTerm({ entry, children }: Props) {
  const lang = useLang();
  const id = useId();
  const button = useRef<HTMLButtonElement>(null);
  const pop = useRef<HTMLSpanElement>(null);
  const [open, setOpen] = useState(false);
  const [made, setMade] = useState(false);
  const gloss = otherLang(lang);
  const show = () => {
    // Synchronously, so the popover exists (and describes the button) before it is shown.
    if (!pop.current) flushSync(() => setMade(true));
    const p = pop.current;
    if (!p || !button.current || p.matches(':popover-open')) return;
    p.showPopover?.();
    place(button.current, p);
  };
  const hide = () => {
    const p = pop.current;
    if (p?.matches(':popover-open')) p.hidePopover();
  };
  return (
    <>
      <button
        ref={button}
        type="button"
        className="gloss-term"
        aria-expanded={open}
        aria-describedby={made ? id : undefined}
        onFocus={show}
        onClick={show}
        onBlur={hide}
      >
        {children}
      </button>
      {/* In the body, not in the paragraph: the text of the story stays only the story's. */}
      {made && createPortal(<span
        ref={pop}
        id={id}
        popover="auto"
        role="tooltip"
        className="gloss-pop"
        lang={gloss}
        onToggle={(e) => {
          const opening = e.newState === 'open';
          setOpen(opening);
          if (!opening) return;
          // Follow the word while the page scrolls under the open popover.
          const follow = () => button.current && pop.current && place(button.current, pop.current);
          window.addEventListener('scroll', follow, { passive: true, capture: true });
          pop.current?.addEventListener('toggle', () => window.removeEventListener('scroll', follow, { capture: true }), { once: true });
        }}
      >
        <span className="gloss-pop-word">{entry[gloss]}</span>
        {entry.note && <span className="gloss-pop-note">{entry.note[gloss]}</span>}
      </span>, document.body)}
    </>
  );
}
