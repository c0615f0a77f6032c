/** Renders story prose (a build-time Markdown tree) with React: no story text reaches innerHTML. */
import type { ReactNode } from 'react';
import { plainText, type MdNode } from '@/content/markdown';

interface Props {
  nodes: readonly MdNode[];
  /** Said after a link that opens a new tab, for screen readers. */
  newTabHint: string;
  /** Renders a run of text (e.g. to mark glossary words in it); plain text by default. */
  renderText?: (value: string, key: number) => ReactNode;
}

type Options = Pick<Props, 'newTabHint' | 'renderText'>;

/** A short bold phrase is a name ("Mrs. McKenzie", "Los Tigres del Norte"), a short italic one a
 * title or a word in another language ("La misma luna", "corralón"): never split over two lines.
 * Split, its box spans both lines and reads as two (and lies over the words beside it). */
const NAME_MAX_CHARS = 24;
const isName = (node: MdNode) => plainText([node]).length <= NAME_MAX_CHARS;

function render(node: MdNode, key: number, o: Options): ReactNode {
  const hint = o.newTabHint;
  const kids = 'children' in node ? node.children.map((c, i) => render(c, i, o)) : null;
  switch (node.type) {
    case 'text': return o.renderText ? o.renderText(node.value, key) : node.value;
    case 'break': return <br key={key} />;
    case 'rule': return <hr key={key} />;
    case 'code': return <code key={key}>{node.value}</code>;
    case 'emphasis': return <em key={key} className={isName(node) ? 'name' : undefined}>{kids}</em>;
    case 'strong': return <strong key={key} className={isName(node) ? 'name' : undefined}>{kids}</strong>;
    case 'paragraph': return <p key={key}>{kids}</p>;
    case 'blockquote': return <blockquote key={key}>{kids}</blockquote>;
    case 'listItem': return <li key={key}>{kids}</li>;
    case 'list': return node.ordered ? <ol key={key}>{kids}</ol> : <ul key={key}>{kids}</ul>;
    case 'heading': {
      // Chapter titles are h2; headings inside prose sit below them.
      const Tag = node.depth <= 1 ? 'h3' : 'h4';
      return <Tag key={key}>{kids}</Tag>;
    }
    case 'link':
      if (node.url.startsWith('#')) return <a key={key} href={node.url}>{kids}</a>;
      return (
        <a key={key} href={node.url} target="_blank" rel="noopener noreferrer">
          {kids}
          <span className="visually-hidden"> {hint}</span>
        </a>
      );
  }
}

export function Markdown({ nodes, newTabHint, renderText }: Props) {
  return <>{nodes.map((n, i) => render(n, i, { newTabHint, renderText }))}</>;
}
