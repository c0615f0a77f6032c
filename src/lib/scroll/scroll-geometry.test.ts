import { describe, expect, it } from 'vitest';
import { offsetFor, stepAt } from './scroll-geometry';

const boxes = (...tops: number[]) => tops.map((top) => ({ top, height: 400 }));

describe('stepAt', () => {
  it('returns null while no section has reached the trigger line', () => {
    expect(stepAt(boxes(500, 900), 300)).toBeNull();
  });
  it('returns null when there are no sections', () => {
    expect(stepAt([], 300)).toBeNull();
  });
  it('picks the last section whose top has crossed the trigger line', () => {
    expect(stepAt(boxes(-500, -100, 400), 300)?.index).toBe(1);
  });
  it('measures progress as the share of the section above the trigger line', () => {
    expect(stepAt(boxes(-500, 200, 600), 300)).toEqual({ index: 1, progress: 0.25 });
  });
  it('clamps progress to 1 past the bottom of the last section', () => {
    expect(stepAt(boxes(-2000), 300)).toEqual({ index: 0, progress: 1 });
  });
  it('treats a zero-height section as fully read', () => {
    expect(stepAt([{ top: 0, height: 0 }], 300)).toEqual({ index: 0, progress: 1 });
  });
});

describe('offsetFor', () => {
  it('scrolls so that the given progress sits on the trigger line', () => {
    // Section top 1000 px below the viewport top, half-way through it at a 300 px trigger line.
    expect(offsetFor({ top: 1000, height: 400 }, 0.5, 300, 2000)).toBe(2000 + 1000 + 200 - 300);
  });
});
