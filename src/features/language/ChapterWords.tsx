/** A chapter's word list, at the end of the chapter: each word as written in the text, and its gloss. */
import { useState } from 'react';
import type { GlossEntry } from '@/content/schema';
import { otherLang } from '@/lib/i18n/language';
import { useLang } from '@/lib/session/use-session';
import { say } from './language-strings';

interface Props {
  entries: readonly GlossEntry[];
  /** Opens the whole glossary; without it no link is shown. */
  onWholeGlossary?: () => void;
}

export function GlossList({ entries }: { entries: readonly GlossEntry[] }) {
  const lang = useLang();
  const other = otherLang(lang);
  return (
    <dl className="gloss-list">
      {entries.map((e) => (
        <div key={`${e.es}|${e.en}`}>
          <dt lang={lang}>{e[lang]}</dt>
          <dd lang={other}>
            {e[other]}
            {e.note && <span className="gloss-list-note"> — {e.note[other]}</span>}
          </dd>
        </div>
      ))}
    </dl>
  );
}

/**
 * Folded under its summary; the list is rendered only while it is open: twenty chapters' lists,
 * folded for most readers, were about 1,300 React fibers and their DOM in the reading view.
 */
export function ChapterWords({ entries, onWholeGlossary }: Props) {
  const lang = useLang();
  const [open, setOpen] = useState(false);
  if (entries.length === 0) return null;
  return (
    <details className="chapter-words" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{say('words', lang)}</summary>
      {open && <GlossList entries={entries} />}
      {onWholeGlossary && <button type="button" className="link-button" onClick={onWholeGlossary}>{say('wholeGlossary', lang)}</button>}
    </details>
  );
}
