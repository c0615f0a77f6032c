/**
 * Splits a run of story text at the glossary words it contains, so each can be marked. A
 * word is marked once per chapter (its first occurrence): the caller passes the same `used`
 * set for every run of the chapter, in reading order.
 */
import { findTerm, textRuns } from '@/content/glossary-match';
import type { MdNode } from '@/content/markdown';

export type Piece = string | { text: string; entry: number };

/** `terms[i]` is the form of glossary entry `i` in this language. */
export function markTerms(text: string, terms: readonly string[], used: Set<number>): Piece[] {
  const out: Piece[] = [];
  let rest = text;
  for (;;) {
    let best: { entry: number; start: number; end: number } | null = null;
    terms.forEach((term, entry) => {
      if (used.has(entry)) return;
      const at = findTerm(rest, term);
      // The earliest match wins; at the same place, the longer phrase.
      if (at && (!best || at.start < best.start || (at.start === best.start && at.end > best.end))) best = { entry, ...at };
    });
    if (!best) break;
    const { entry, start, end } = best;
    if (start > 0) out.push(rest.slice(0, start));
    out.push({ text: rest.slice(start, end), entry });
    used.add(entry);
    rest = rest.slice(end);
  }
  if (rest) out.push(rest);
  return out;
}

/**
 * Every run of a chapter's text that holds a glossary word, split for marking, by its text:
 * computed once in reading order, so rendering a run (in any order, any number of times)
 * gives the same result.
 */
export function markedRuns(nodes: readonly MdNode[], terms: readonly string[]): Map<string, Piece[]> {
  const used = new Set<number>();
  const out = new Map<string, Piece[]>();
  for (const run of textRuns(nodes)) {
    const pieces = markTerms(run, terms, used);
    if (pieces.some((p) => typeof p !== 'string') && !out.has(run)) out.set(run, pieces);
  }
  return out;
}
