import { describe, expect, it } from 'vitest';
import { toWholePixels } from './whole-pixels';

describe('toWholePixels', () => {
  it('rounds a share of the bar to the nearest whole device pixel', () => {
    expect(toWholePixels(0.3333, 300)).toBe(100 / 300);
    expect(toWholePixels(0.3349, 300)).toBe(100 / 300); // 100.47 px
    expect(toWholePixels(0.3351, 300)).toBe(101 / 300); // 100.53 px
  });

  it('gives the same value for every scroll step within one pixel, so the fill is not rewritten', () => {
    const shares = [0.4993, 0.5, 0.5005, 0.5008]; // 299.58 to 300.48 px
    expect(new Set(shares.map((s) => toWholePixels(s, 600))).size).toBe(1);
  });

  it('keeps the ends exact and the exact share while the bar is unmeasured', () => {
    expect(toWholePixels(0, 612.4)).toBe(0);
    expect(toWholePixels(1, 612.4)).toBe(1);
    expect(toWholePixels(0.123456, 0)).toBe(0.123456);
  });
});
