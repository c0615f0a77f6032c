// @vitest-environment jsdom
/** The scroll hook in a DOM: steps from the scroll offset alone, measuring boxes only on resize. */
import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useScrollStep } from './use-scroll-step';

/** Three 1000 px sections starting 200 px down the page, in a 800 px window. */
function page() {
  const root = document.createElement('main');
  const sections = [0, 1, 2].map((i) => {
    const el = document.createElement('section');
    el.dataset.chapter = `c${i}`;
    root.append(el);
    return el;
  });
  document.body.append(root);
  let scrollY = 0;
  const reads = { rects: 0 };
  sections.forEach((el, i) => {
    el.getBoundingClientRect = () => {
      reads.rects++;
      return { top: 200 + i * 1000 - scrollY, height: 1000 } as DOMRect;
    };
  });
  Object.defineProperty(window, 'scrollY', { configurable: true, get: () => scrollY });
  Object.defineProperty(window, 'innerHeight', { configurable: true, value: 800 });
  const scroll = (y: number) => {
    scrollY = y;
    window.dispatchEvent(new Event('scroll'));
  };
  return { root, reads, scroll };
}

let resize: (() => void) | null = null;
beforeEach(() => {
  vi.stubGlobal('ResizeObserver', class {
    constructor(cb: () => void) {
      resize = cb;
    }
    observe() {}
    disconnect() {}
  });
});
afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

describe('useScrollStep', () => {
  it('follows the scroll offset without reading layout in scroll frames', () => {
    const { root, reads, scroll } = page();
    const frames: (() => void)[] = [];
    const onStep = vi.fn();
    const options = { trigger: 0.5, onStep, requestFrame: (cb: () => void) => frames.push(cb), cancelFrame: () => undefined };
    const ref = { current: root };
    renderHook(() => useScrollStep(ref, window, options));
    const flush = () => act(() => frames.splice(0).forEach((f) => f()));
    flush();
    expect(onStep).toHaveBeenLastCalledWith(0, 0.2); // trigger at 400 px: 200 px into section 0
    const measured = reads.rects;
    scroll(1100);
    flush();
    expect(onStep).toHaveBeenLastCalledWith(1, 0.3);
    scroll(2500);
    flush();
    expect(onStep).toHaveBeenLastCalledWith(2, 0.7);
    expect(reads.rects).toBe(measured);
  });

  it('measures the boxes again when a size changes', () => {
    const { root, reads, scroll } = page();
    const frames: (() => void)[] = [];
    const options = { requestFrame: (cb: () => void) => frames.push(cb), cancelFrame: () => undefined };
    const ref = { current: root };
    renderHook(() => useScrollStep(ref, window, options));
    const measured = reads.rects;
    scroll(10);
    act(() => resize?.());
    expect(reads.rects).toBeGreaterThan(measured);
  });
});
