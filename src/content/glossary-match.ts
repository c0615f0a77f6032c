/**
 * Where a glossary entry sits in a chapter's text. One rule for the validator and the page:
 * whole words, any case, any run of spaces, either apostrophe (' or ’), and inside a single
 * run of text (not across bold or a link), so that every entry that passes the check can be
 * marked in the text.
 */
import type { MdNode } from './markdown.ts';

/**
 * The term's letters and spaces only, a fresh pattern per search (V8 keeps the compiled form of
 * a recent source for the next one). Word boundaries are checked apart (see `findTerm`): a
 * lookbehind and lookahead on `[\p{L}\p{N}]` in each pattern compiled to up to 17 KB of
 * machine code, and a module-level cache of the page's ~150 terms kept 0.34 MB of heap.
 */
function patternOf(term: string): RegExp {
  const body = term
    .trim()
    .split(/\s+/)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/['’]/g, "['’]"))
    .join('\\s+');
  return new RegExp(body, 'giu');
}

/** One letter or digit, in any script: what a whole word must not touch. */
const WORD_CHAR = /^[\p{L}\p{N}]$/u;

/** The character (a whole code point) that ends just before `i`. */
function charBefore(text: string, i: number): string {
  const low = text.charCodeAt(i - 1);
  const high = text.charCodeAt(i - 2);
  return low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff ? text.slice(i - 2, i) : text.slice(i - 1, i);
}

/** The character (a whole code point) that starts at `i`. */
const charAt = (text: string, i: number): string => {
  const code = text.codePointAt(i);
  return code === undefined ? '' : String.fromCodePoint(code);
};

/** The first place `term` occurs in `text`, as `{ start, end }` character offsets, or `null`. */
export function findTerm(text: string, term: string): { start: number; end: number } | null {
  if (!term.trim()) return null;
  const re = patternOf(term);
  for (let match = re.exec(text); match; match = re.exec(text)) {
    const start = match.index;
    const end = start + match[0].length;
    if (!WORD_CHAR.test(charBefore(text, start)) && !WORD_CHAR.test(charAt(text, end))) return { start, end };
    // Inside a longer word: look again from the next character (a match may overlap this one).
    re.lastIndex = start + 1;
  }
  return null;
}

/** Every run of text in a tree, in reading order. */
export function textRuns(nodes: readonly MdNode[]): string[] {
  return nodes.flatMap((n) => (n.type === 'text' ? [n.value] : 'children' in n ? textRuns(n.children) : []));
}

/** Whether `term` occurs, whole, inside one run of the text. */
export const occursIn = (nodes: readonly MdNode[], term: string): boolean =>
  textRuns(nodes).some((run) => findTerm(run, term) !== null);
