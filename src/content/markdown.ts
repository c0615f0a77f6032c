/**
 * Story prose: Markdown parsed at build time into a small, serialisable tree that React
 * renders node by node. Raw HTML in a story file is kept as visible text, never as markup,
 * and only safe link targets survive as links.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Nodes as MdastNode } from 'mdast';

export type MdNode =
  | { type: 'text'; value: string }
  | { type: 'break' }
  | { type: 'code'; value: string }
  | { type: 'link'; url: string; children: MdNode[] }
  | { type: 'emphasis' | 'strong' | 'paragraph' | 'blockquote' | 'listItem'; children: MdNode[] }
  | { type: 'heading'; depth: number; children: MdNode[] }
  | { type: 'list'; ordered: boolean; children: MdNode[] }
  | { type: 'rule' };

/** A link target a reader can follow safely: the web, mail, or a place in this story. */
export function isSafeUrl(url: string): boolean {
  return /^(https?:\/\/|mailto:|#)/i.test(url.trim());
}

function convertChildren(node: { children: MdastNode[] }): MdNode[] {
  return node.children.flatMap(convert);
}

function convert(node: MdastNode): MdNode[] {
  switch (node.type) {
    case 'text':
      return [{ type: 'text', value: node.value }];
    case 'html':
      // Shown as the characters the writer typed: story text never becomes markup.
      return [{ type: 'text', value: node.value }];
    case 'inlineCode':
    case 'code':
      return [{ type: 'code', value: node.value }];
    case 'break':
      return [{ type: 'break' }];
    case 'thematicBreak':
      return [{ type: 'rule' }];
    case 'link':
      return isSafeUrl(node.url)
        ? [{ type: 'link', url: node.url, children: convertChildren(node) }]
        : convertChildren(node);
    case 'image':
      // No pictures from prose (no film stills); the alt text still reads.
      return node.alt ? [{ type: 'text', value: node.alt }] : [];
    case 'emphasis':
    case 'strong':
    case 'paragraph':
    case 'blockquote':
    case 'listItem':
      return [{ type: node.type, children: convertChildren(node) }];
    case 'heading':
      return [{ type: 'heading', depth: node.depth, children: convertChildren(node) }];
    case 'list':
      return [{ type: 'list', ordered: node.ordered ?? false, children: convertChildren(node) }];
    default:
      return 'children' in node ? convertChildren(node as { children: MdastNode[] }) : [];
  }
}

/** Chapters already parsed, by source: one edit re-parses one chapter, not all of them. */
const parsed = new Map<string, MdNode[]>();

export function parseMarkdown(source: string): MdNode[] {
  let nodes = parsed.get(source);
  if (!nodes) {
    nodes = convertChildren(fromMarkdown(source));
    if (parsed.size > 200) parsed.clear();
    parsed.set(source, nodes);
  }
  // A copy: the tree is handed on (and frozen) by the caller.
  return structuredClone(nodes);
}

/** Plain text of a tree, for word counts, summaries and screen-reader descriptions. */
export function plainText(nodes: readonly MdNode[]): string {
  return nodes
    .map((n) => {
      if (n.type === 'text' || n.type === 'code') return n.value;
      if (n.type === 'break') return ' ';
      if ('children' in n) return plainText(n.children) + (n.type === 'paragraph' ? '\n' : '');
      return '';
    })
    .join('')
    .trim();
}

export interface LanguageBlocks {
  blocks: Partial<Record<string, string>>;
  /** Text found outside any `::: xx` block (a likely mistake). */
  stray: string;
  /** Languages with a second block (which would otherwise replace the first). */
  duplicates: string[];
  /** Languages whose block never reached its closing `:::` line. */
  unclosed: string[];
}

/**
 * Splits a chapter body into its language blocks:
 *
 *     ::: es
 *     Texto en español.
 *     :::
 *
 * Nothing is dropped without a record: a second block of one language, a block left open
 * (at the end, or when the next `::: xx` starts) are listed for the validator to name.
 */
export function splitLanguageBlocks(body: string): LanguageBlocks {
  const blocks: Partial<Record<string, string>> = {};
  const duplicates: string[] = [];
  const unclosed: string[] = [];
  let stray = '';
  let current: string | null = null;
  let buffer: string[] = [];
  const close = () => {
    if (current === null) return;
    if (blocks[current] !== undefined) duplicates.push(current);
    else blocks[current] = buffer.join('\n').trim();
    current = null;
  };
  for (const line of body.split(/\r?\n/)) {
    const open = /^:::\s*([a-z]{2})\s*$/.exec(line);
    if (open) {
      if (current !== null) unclosed.push(current);
      close();
      current = open[1] ?? null;
      buffer = [];
    } else if (current !== null && /^:::\s*$/.test(line)) {
      close();
    } else if (current !== null) {
      buffer.push(line);
    } else {
      stray += line.trim();
    }
  }
  if (current !== null) unclosed.push(current);
  close();
  return { blocks, stray, duplicates, unclosed };
}
