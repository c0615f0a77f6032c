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

/**
 * Where each sentence of `text` starts and ends (character offsets, surrounding spaces left
 * out): for read-aloud, which highlights the sentence it speaks.
 */
export function sentenceSpans(text: string, lang: Lang): { start: number; end: number }[] {
  const segmenter = cachedFormat(`sentences-${lang}`, () => new Intl.Segmenter(lang, { granularity: 'sentence' }));
  const out: { start: number; end: number }[] = [];
  for (const { segment, index } of segmenter.segment(text)) {
    const lead = segment.length - segment.trimStart().length;
    const piece = segment.trim();
    if (!piece) continue;
    const span = { start: index + lead, end: index + lead + piece.length };
    const last = out.at(-1);
    // A "sentence" that follows an abbreviation, or starts in lower case, continues the last one.
    if (last !== undefined && (ABBREVIATION.test(text.slice(last.start, last.end)) || /^\p{Ll}/u.test(piece))) last.end = span.end;
    else out.push(span);
  }
  return out;
}

export function sentences(text: string, lang: Lang): string[] {
  return sentenceSpans(text, lang).map(({ start, end }) => text.slice(start, end).replace(/\s+/g, ' '));
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
