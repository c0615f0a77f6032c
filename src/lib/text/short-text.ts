/**
 * A short version of a chapter's prose for slides and handouts: the opening sentences of its
 * first paragraph, derived from the story text rather than written twice.
 */
import type { Lang } from '@/content/constants';
import { plainText, type MdNode } from '@/content/markdown';
import { cachedFormat } from '@/lib/i18n/cached-format';

/** The plain text of the first paragraph (or of the whole body if it has none). */
export function firstParagraph(nodes: readonly MdNode[]): string {
  const paragraph = nodes.find((n) => n.type === 'paragraph');
  return plainText(paragraph ? [paragraph] : nodes).replace(/\s+/g, ' ').trim();
}

/** Titles the sentence segmenter takes for the end of a sentence ("Mrs. McKenzie"). */
const ABBREVIATION = /(?:^|\s)(?:Mr|Mrs|Ms|Dr|St|Sr|Sra|Srta|Dra|Lic|EE)\.$/;

export function sentences(text: string, lang: Lang): string[] {
  const segmenter = cachedFormat(`sentences-${lang}`, () => new Intl.Segmenter(lang, { granularity: 'sentence' }));
  const out: string[] = [];
  for (const { segment } of segmenter.segment(text)) {
    const piece = segment.trim();
    const last = out.at(-1);
    // A "sentence" that follows an abbreviation, or starts in lower case, continues the last one.
    if (last !== undefined && (ABBREVIATION.test(last) || /^\p{Ll}/u.test(piece))) out[out.length - 1] = `${last} ${piece}`;
    else if (piece) out.push(piece);
  }
  return out;
}

/** Cuts at the last word boundary at or before `maxChars` and marks the cut with an ellipsis. */
function cutAtWord(text: string, maxChars: number): string {
  const cut = text.slice(0, maxChars + 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > 0 ? cut.slice(0, space) : cut.slice(0, maxChars)).replace(/[\s,;:]+$/, '')}…`;
}

/**
 * Whole sentences from the start of the first paragraph, as many as fit in `maxChars`
 * characters (at least one; a first sentence longer than that is cut at a word).
 * Empty prose gives `''`.
 */
export function shortText(nodes: readonly MdNode[], lang: Lang, maxChars: number): string {
  const all = sentences(firstParagraph(nodes), lang);
  const first = all[0];
  if (first === undefined) return '';
  if (first.length > maxChars) return cutAtWord(first, maxChars);
  let out = first;
  for (const next of all.slice(1)) {
    if (out.length + 1 + next.length > maxChars) break;
    out = `${out} ${next}`;
  }
  return out;
}
