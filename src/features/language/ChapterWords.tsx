/** A chapter's word list, at the end of the chapter: each word as written in the text, and its gloss. */
import type { Lang } from '@/content/constants';
import type { GlossEntry } from '@/content/schema';
import { otherLang } from '@/lib/i18n/language';
import { say } from './language-strings';

interface Props {
  entries: readonly GlossEntry[];
  lang: Lang;
  /** Opens the whole glossary; without it no link is shown. */
  onWholeGlossary?: () => void;
}

export function GlossList({ entries, lang }: { entries: readonly GlossEntry[]; lang: Lang }) {
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

export function ChapterWords({ entries, lang, onWholeGlossary }: Props) {
  if (entries.length === 0) return null;
  return (
    <details className="chapter-words">
      <summary>{say('words', lang)}</summary>
      <GlossList entries={entries} lang={lang} />
      {onWholeGlossary && <button type="button" className="link-button" onClick={onWholeGlossary}>{say('wholeGlossary', lang)}</button>}
    </details>
  );
}
