/**
 * A chapter's text in the scroll story: in the reader's language, or paragraph by paragraph in
 * both (parallel reading, the reader's language first). Once the language kit has loaded, the
 * chapter's glossary words are marked in it and a read-aloud control sits above it.
 */
import { Fragment, useCallback, useMemo, useRef, type ReactNode } from 'react';
import type { Lang } from '@/content/constants';
import type { MdNode } from '@/content/markdown';
import type { GlossEntry } from '@/content/schema';
import type { Chapter } from '@/content/story-types';
import { Markdown } from '@/features/chapters/Markdown';
import '@/features/language/parallel.css';
import { useLanguageKit, type LanguageKit } from '@/features/language/use-language-kit';
import { otherLang } from '@/lib/i18n/language';
import { t } from '@/lib/i18n/ui-strings';
import { useLang, useParallel } from '@/lib/session/use-session';

interface Props {
  chapter: Chapter;
  /** The chapter being read: read-aloud stops when it no longer is. */
  current: boolean;
}

/** Punctuation that closes what comes before it: never the first thing on a line. */
const CLOSING = /^[,.;:!?)\]»”’…]+/;

/** Renders runs of text with the glossary words (first occurrence in the chapter) as gloss buttons. */
function markedText(kit: LanguageKit | null, glossary: readonly GlossEntry[], nodes: readonly MdNode[], lang: Lang) {
  if (!kit || glossary.length === 0) return undefined;
  const runs = kit.markedRuns(nodes, glossary.map((e) => e[lang]));
  return (value: string, key: number): ReactNode => {
    const pieces = runs.get(value);
    if (!pieces) return value;
    // A fragment, not a wrapping span: the run's text stays in its paragraph, so no inline box
    // spans several lines beside the gloss buttons it would hold.
    return (
      <Fragment key={key}>
        {pieces.map((p, i) => {
          if (typeof p === 'string') return pieces[i - 1] !== undefined && typeof pieces[i - 1] !== 'string' ? p.replace(CLOSING, '') : p;
          const term = <kit.GlossTerm key={i} entry={glossary[p.entry]!}>{p.text}</kit.GlossTerm>;
          // A gloss word is a button, which the browser may break after like an image: the comma
          // or stop that follows it stays on its line.
          const next = pieces[i + 1];
          const closing = typeof next === 'string' ? CLOSING.exec(next)?.[0] : undefined;
          return closing ? <span key={i} className="gloss-glue">{term}{closing}</span> : term;
        })}
      </Fragment>
    );
  };
}

const NONE: readonly GlossEntry[] = [];

function pairs(a: readonly MdNode[], b: readonly MdNode[]): [MdNode | undefined, MdNode | undefined][] {
  return Array.from({ length: Math.max(a.length, b.length) }, (_, i) => [a[i], b[i]]);
}

export function ChapterProse({ chapter, current }: Props) {
  const lang = useLang();
  const parallel = useParallel();
  const kit = useLanguageKit();
  const root = useRef<HTMLDivElement>(null);
  const getRoot = useCallback(() => root.current, []);
  const other = otherLang(lang);
  const glossary = kit?.languageFor(chapter.id).glossary ?? NONE;
  const renderText = useMemo(() => markedText(kit, glossary, chapter.body[lang], lang), [kit, glossary, chapter, lang]);
  const hint = t('opensInNewTab', lang);
  // The text is the same when only `current` changes (a new chapter is being read): kept as the
  // same elements, React skips it, and a chapter change re-renders the read-aloud control only.
  const text = useMemo(() => (parallel ? (
    <div ref={root} className="prose prose-parallel" lang={lang}>
      {pairs(chapter.body[lang], chapter.body[other]).map(([mine, theirs], i) => (
        <div className="parallel-row" key={i}>
          <div className="parallel-main">{mine && <Markdown nodes={[mine]} newTabHint={hint} renderText={renderText} />}</div>
          <div className="parallel-other" lang={other} data-noread="">
            {theirs && <Markdown nodes={[theirs]} newTabHint={t('opensInNewTab', other)} />}
          </div>
        </div>
      ))}
    </div>
  ) : (
    <div ref={root} className="prose" lang={lang}>
      <Markdown nodes={chapter.body[lang]} newTabHint={hint} renderText={renderText} />
    </div>
  )), [parallel, chapter, lang, other, hint, renderText]);
  return (
    <>
      {/* Keyed: a new language or layout is new text to read, so reading stops. */}
      {kit && <kit.ReadAloud key={`${lang}-${parallel}`} root={getRoot} active={current} />}
      {text}
    </>
  );
}
