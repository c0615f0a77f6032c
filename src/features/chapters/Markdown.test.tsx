// @vitest-environment jsdom
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '@/content/markdown';
import { Markdown } from './Markdown';

const show = (md: string) => render(<Markdown nodes={parseMarkdown(md)} newTabHint="(new tab)" />).container;

describe('Markdown', () => {
  it('renders emphasis and paragraphs as elements', () => {
    const el = show('Hello *there*.\n\nSecond **one**.');
    expect(el.querySelectorAll('p')).toHaveLength(2);
    expect(el.querySelector('em')?.textContent).toBe('there');
    expect(el.querySelector('strong')?.textContent).toBe('one');
  });
  it('marks a short bold phrase as a name that stays on one line, and a long one not', () => {
    const el = show('**Mrs. McKenzie** and **a bold sentence that is far too long to be a name**.');
    const [name, long] = [...el.querySelectorAll('strong')];
    expect(name?.className).toBe('name');
    expect(long?.className).toBe('');
  });
  it('keeps a short title in italics whole, as a name: its box would otherwise span two lines', () => {
    const el = show('*Under the Same Moon* (*La misma luna*) and *an italic sentence that is far too long to be a title*.');
    expect([...el.querySelectorAll('em')].map((e) => e.className)).toEqual(['name', 'name', '']);
  });
  it('shows raw HTML from a story file as text, never as markup', () => {
    const el = show('Before <img src=x onerror="alert(1)"> after <script>x()</script>');
    expect(el.querySelector('img, script')).toBeNull();
    expect(el.textContent).toContain('<img src=x onerror="alert(1)">');
  });
  it('opens external links in a new tab without giving it access to this page', () => {
    const a = show('[Credits](https://example.org/credits)').querySelector('a');
    expect(a?.getAttribute('target')).toBe('_blank');
    expect(a?.getAttribute('rel')).toBe('noopener noreferrer');
  });
  it('drops unsafe link targets but keeps their text', () => {
    const el = show('[click](javascript:alert(1))');
    expect(el.querySelector('a')).toBeNull();
    expect(el.textContent).toBe('click');
  });
});
