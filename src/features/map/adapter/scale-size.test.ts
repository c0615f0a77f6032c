import { describe, expect, it } from 'vitest';
import { scaleSize } from './scale-size';

describe('scaleSize', () => {
  it('multiplies a plain size', () => {
    expect(scaleSize(12, 1.5)).toBe(18);
  });

  it('multiplies the sizes of a zoom curve, not its zooms', () => {
    expect(scaleSize(['interpolate', ['linear'], ['zoom'], 4, 10, 8, 14], 2)).toEqual(['interpolate', ['linear'], ['zoom'], 4, 20, 8, 28]);
    expect(scaleSize(['step', ['zoom'], 10, 6, 12], 2)).toEqual(['step', ['zoom'], 20, 6, 24]);
  });

  it('multiplies a size by data (the place, city and gazetteer labels)', () => {
    const byRank = ['match', ['get', 'rank'], 1, 14, 2, 13, 12];
    expect(scaleSize(byRank, 2)).toEqual(['*', 2, byRank]);
    const active = ['case', ['get', 'active'], 15, 13];
    expect(scaleSize(active, 1.5)).toEqual(['*', 1.5, active]);
  });

  it('leaves a nested zoom curve and anything not a size unchanged', () => {
    const nested = ['match', ['get', 'rank'], 1, ['interpolate', ['linear'], ['zoom'], 4, 10, 8, 14], 12];
    expect(scaleSize(nested, 2)).toBe(nested);
    expect(scaleSize(undefined, 2)).toBeUndefined();
    expect(scaleSize([1, 2], 2)).toEqual([1, 2]);
  });
});
