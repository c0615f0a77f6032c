/**
 * The sentences of a rendered text, each as its words and a DOM `Range`, in reading order:
 * read-aloud speaks the words and highlights the range. Text inside `[data-noread]` (a gloss
 * popover) is left out. Blocks are the paragraphs, list items and headings under `root`.
 */
import type { Lang } from '@/content/constants';
import { sentenceSpans } from '@/lib/text/short-text';

export interface SpokenSentence {
  text: string;
  range: Range;
}

const BLOCKS = 'p, li, h3, h4';

function textNodesOf(block: Element): Text[] {
  const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => (n.parentElement?.closest('[data-noread]') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const out: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n as Text);
  return out;
}

/** The text node and offset at character `at` of the concatenated `nodes`. */
function locate(nodes: readonly Text[], at: number, end: boolean): [Text, number] | null {
  let seen = 0;
  for (const node of nodes) {
    const len = node.data.length;
    if (at < seen + len || (end && at === seen + len)) return [node, at - seen];
    seen += len;
  }
  return null;
}

export function sentenceRanges(root: Element, lang: Lang): SpokenSentence[] {
  const blocks = root.matches(BLOCKS) ? [root] : [...root.querySelectorAll(BLOCKS)].filter((b) => !b.querySelector(BLOCKS));
  const list = blocks.length > 0 ? blocks : [root];
  return list.flatMap((block) => {
    const nodes = textNodesOf(block);
    const text = nodes.map((n) => n.data).join('');
    return sentenceSpans(text, lang).flatMap(({ start, end }) => {
      const from = locate(nodes, start, false);
      const to = locate(nodes, end, true);
      if (!from || !to) return [];
      const range = document.createRange();
      range.setStart(...from);
      range.setEnd(...to);
      return [{ text: text.slice(start, end).replace(/\s+/g, ' '), range }];
    });
  });
}
