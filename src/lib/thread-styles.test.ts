import { describe, expect, it } from 'vitest';
import type { ThreadData } from '@/content/schema';
import { mainThreads, threadCss } from './thread-styles';

const thread = (over: Partial<ThreadData> = {}): ThreadData => ({ es: 'x', en: 'x', colour: '#111111', glyph: 'circle', travels: false, shared: false, ...over });

describe('threadCss', () => {
  const threads = {
    keeper: thread({ colour: '#2244aa', glyph: 'square' }),
    cat: thread({ colour: '#aa3311', travels: true }),
    together: thread({ colour: '#665500', glyph: 'split', shared: true }),
  };

  it('gives each storyline its own colour, by the id the story chose', () => {
    const css = threadCss(threads);
    expect(css).toContain('.thread-cat { --thread-colour: #aa3311; }');
    expect(css).toContain('.thread-keeper { --thread-colour: #2244aa; }');
  });

  it('puts the travelling storyline first: --thread-a is its colour, --thread-b the other', () => {
    expect(mainThreads(threads)).toEqual(['cat', 'keeper']);
    expect(threadCss(threads)).toContain(':root { --thread-a: #aa3311; --thread-b: #2244aa; }');
  });

  it('draws the glyph the story asks for: a square, or a circle split between the two', () => {
    const css = threadCss(threads);
    expect(css).toContain('.thread-tag-keeper .thread-glyph { border-radius: 2px; }');
    expect(css).toContain('.thread-tag-together .thread-glyph { background: linear-gradient(90deg, var(--thread-a) 50%, var(--thread-b) 50%); }');
  });
});
