// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { isBehind, textElements } from './behind-pane';

describe('behind the panes', () => {
  it('watches every element that holds text of its own, inline ones too', () => {
    const root = document.createElement('section');
    root.innerHTML = '<div><h2>Title</h2><p>Carlitos and <strong>Rosario</strong> <a href="#x">call</a></p><div> </div><button><svg></svg><span>Paco</span></button></div>';
    expect(textElements(root).map((e) => e.tagName)).toEqual(['H2', 'P', 'STRONG', 'A', 'SPAN']);
  });
  it('hides only what is wholly above the edge, not what is below the view or still partly open', () => {
    const box = (top: number, bottom: number) => ({ top, bottom }) as DOMRectReadOnly;
    expect(isBehind({ isIntersecting: false, boundingClientRect: box(300, 340) }, 454)).toBe(true);
    expect(isBehind({ isIntersecting: true, boundingClientRect: box(430, 480) }, 454)).toBe(false);
    expect(isBehind({ isIntersecting: false, boundingClientRect: box(900, 940) }, 454)).toBe(false);
  });
});
