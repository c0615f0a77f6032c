import { describe, expect, it } from 'vitest';
import { luminance, mapColours, nightColour, nightInk, parseColour } from './night';

describe('night palette', () => {
  it('reads hex and rgb colours and refuses what is not a colour', () => {
    expect(parseColour('#abc')).toEqual([170, 187, 204, 1]);
    expect(parseColour('#f4ecda')).toEqual([244, 236, 218, 1]);
    expect(parseColour('rgb(255 250 242 / 0.92)')).toEqual([255, 250, 242, 0.92]);
    expect(parseColour('rgba(1, 2, 3, 0.5)')).toEqual([1, 2, 3, 0.5]);
    expect(parseColour('MEX')).toBeNull();
  });

  it('turns the day land dark and blue, keeping light things lighter than dark ones', () => {
    const land = nightColour('#f4ecda');
    const ink = nightColour('#33281f');
    expect(luminance(land)!).toBeLessThan(0.12);
    expect(luminance(land)!).toBeGreaterThan(luminance(ink)!);
    const [r, , b] = parseColour(land)!;
    expect(b).toBeGreaterThan(r);
  });

  it('lights dark text for the night so labels still read against the dark map', () => {
    const text = nightInk('#33281f');
    const land = nightColour('#f4ecda');
    expect(luminance(text)! / luminance(land)!).toBeGreaterThan(4.5);
  });

  it('turns the colours inside an expression and keeps its shape', () => {
    const paint = ['match', ['get', 'iso'], 'MEX', '#f0dcc0', 'USA', '#f3e9d2', '#f4ecda'];
    const night = mapColours(paint, () => '#000000');
    expect(night).toEqual(['match', ['get', 'iso'], 'MEX', '#000000', 'USA', '#000000', '#000000']);
    expect(mapColours(3, () => 'x')).toBe(3);
  });

  it('leaves colours it cannot read unchanged', () => {
    expect(nightColour('hsl(10, 20%, 30%)')).toBe('hsl(10, 20%, 30%)');
  });
});
