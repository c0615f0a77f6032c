import { describe, expect, it } from 'vitest';
import type { MdNode } from '@/content/markdown';
import { firstParagraph, shortText, sentenceSpans } from './short-text';

const text = (value: string): MdNode => ({ type: 'text', value });
const paragraph = (...parts: MdNode[]): MdNode => ({ type: 'paragraph', children: parts });

describe('shortText', () => {
  it('keeps whole sentences of the first paragraph that fit the limit', () => {
    const body = [paragraph(text('One two. Three four. Five six seven eight.')), paragraph(text('Later.'))];
    expect(shortText(body, 'en', 20)).toBe('One two. Three four.');
  });

  it('reads inline emphasis as plain text', () => {
    const body = [paragraph(text('Fog lives with '), { type: 'strong', children: [text('the keeper')] }, text('. She is ill.'))];
    expect(shortText(body, 'en', 200)).toBe('Fog lives with the keeper. She is ill.');
  });

  it('splits Spanish sentences that open with ¿ and ¡', () => {
    const body = [paragraph(text('¿Dónde está? ¡Aquí! Y nada más.'))];
    expect(shortText(body, 'es', 20)).toBe('¿Dónde está? ¡Aquí!');
  });

  it('does not end a sentence at a title such as Mrs. or Sra.', () => {
    expect(shortText([paragraph(text('The other, Mrs. McKenzie, does not. Then more.'))], 'en', 40)).toBe('The other, Mrs. McKenzie, does not.');
    expect(shortText([paragraph(text('En EE. UU. hace frío. Sí.'))], 'es', 22)).toBe('En EE. UU. hace frío.');
  });

  it('cuts a first sentence longer than the limit at a word, with an ellipsis', () => {
    const body = [paragraph(text('A very long first sentence without any full stop in sight'))];
    expect(shortText(body, 'en', 20)).toBe('A very long first…');
  });

  it('gives an empty text for empty prose', () => {
    expect(shortText([], 'en', 100)).toBe('');
  });
});

describe('firstParagraph', () => {
  it('skips a heading before the first paragraph', () => {
    const body: MdNode[] = [{ type: 'heading', depth: 2, children: [text('Title')] }, paragraph(text('Body.'))];
    expect(firstParagraph(body)).toBe('Body.');
  });
});

describe('sentenceSpans', () => {
  it('gives the offsets of each sentence, without the spaces between them', () => {
    const text = 'Llega la Sra. Snyder.  ¿Quién es? Nadie.';
    const spans = sentenceSpans(text, 'es');
    expect(spans.map(({ start, end }) => text.slice(start, end))).toEqual(['Llega la Sra. Snyder.', '¿Quién es?', 'Nadie.']);
  });
});
