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

  it('leaves an expression it does not understand unchanged', () => {
    const byData = ['get', 'size'];
    expect(scaleSize(byData, 2)).toBe(byData);
    expect(scaleSize(undefined, 2)).toBeUndefined();
  });
});
