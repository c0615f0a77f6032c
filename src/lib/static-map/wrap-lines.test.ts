import { describe, expect, it } from 'vitest';
import { wrapLines } from './wrap-lines';

const chars = (s: string) => s.length;

describe('wrapLines', () => {
  it('keeps a name that fits on one line', () => {
    expect(wrapLines('El Paso', 10, chars)).toEqual(['El Paso']);
  });

  it('breaks a long name into the fewest lines, as even as they can be', () => {
    expect(wrapLines('La estación de autobuses de El Paso', 24, chars)).toEqual(['La estación de', 'autobuses de El Paso']);
    expect(wrapLines('La estación de autobuses de El Paso', 14, chars)).toEqual(['La estación', 'de autobuses', 'de El Paso']);
  });

  it('gives a word longer than the limit a line of its own', () => {
    expect(wrapLines('Tlaquepaque village', 8, chars)).toEqual(['Tlaquepaque', 'village']);
  });

  it('breaks a long caption greedily, every line within the limit', () => {
    const caption = 'Approximate drawing: a corner in East Los Angeles, as Rosario describes it to Carlitos on the phone';
    const lines = wrapLines(caption, 30, chars);
    expect(lines.join(' ')).toBe(caption);
    for (const l of lines) expect(l.length).toBeLessThanOrEqual(30);
  });
});
