/**
 * Where a glossary entry sits in a chapter's text. One rule for the validator and the page:
 * whole words, any case, any run of spaces, either apostrophe (' or ’), and inside a single
 * run of text (not across bold or a link), so that every entry that passes the check can be
 * marked in the text.
 */
import type { MdNode } from './markdown.ts';

const cache = new Map<string, RegExp>();

function patternOf(term: string): RegExp {
  let re = cache.get(term);
  if (!re) {
    const body = term
      .trim()
      .split(/\s+/)
      .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/['’]/g, "['’]"))
      .join('\\s+');
    re = new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, 'iu');
    if (cache.size > 2000) cache.clear();
    cache.set(term, re);
  }
  return re;
}

/** The first place `term` occurs in `text`, as `{ start, end }` character offsets, or `null`. */
export function findTerm(text: string, term: string): { start: number; end: number } | null {
  if (!term.trim()) return null;
  const match = patternOf(term).exec(text);
  return match ? { start: match.index, end: match.index + match[0].length } : null;
}

/** Every run of text in a tree, in reading order. */
export function textRuns(nodes: readonly MdNode[]): string[] {
  return nodes.flatMap((n) => (n.type === 'text' ? [n.value] : 'children' in n ? textRuns(n.children) : []));
}

/** Whether `term` occurs, whole, inside one run of the text. */
export const occursIn = (nodes: readonly MdNode[], term: string): boolean =>
  textRuns(nodes).some((run) => findTerm(run, term) !== null);
