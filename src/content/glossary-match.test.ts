import { describe, expect, it } from 'vitest';
import { parseMarkdown } from './markdown';
import { findTerm, occursIn } from './glossary-match';

describe('findTerm', () => {
  it('finds a whole word in any case and gives its offsets', () => {
    expect(findTerm('Pidiendo Aventón bajo el sol', 'aventón')).toEqual({ start: 9, end: 16 });
  });

  it('does not find a word inside a longer word', () => {
    expect(findTerm('todos tosen', 'tos')).toBeNull();
    expect(findTerm('una tos que no se quita', 'tos')).toEqual({ start: 4, end: 7 });
  });

  it('skips a match inside a longer word and finds the whole word after it', () => {
    expect(findTerm('todos tosen; tos', 'tos')).toEqual({ start: 13, end: 16 });
    expect(findTerm('tos2 tos', 'tos')).toEqual({ start: 5, end: 8 });
    // A letter outside the basic plane (two UTF-16 units) is a letter too.
    expect(findTerm('\u{1D400}tos tos', 'tos')).toEqual({ start: 6, end: 9 });
    expect(findTerm('tos\u{1D400}', 'tos')).toBeNull();
  });

  it('gives the same answer when asked twice (the pattern keeps no position between calls)', () => {
    expect(findTerm('x tos', 'tos')).toEqual({ start: 2, end: 5 });
    expect(findTerm('tos', 'tos')).toEqual({ start: 0, end: 3 });
  });

  it('matches a phrase across line breaks and either apostrophe', () => {
    expect(findTerm('a driver’s\nlicense', "driver's license")).not.toBeNull();
  });

  it('treats the term as text, not as a pattern', () => {
    expect(findTerm('about $300 a month', '$300')).not.toBeNull();
    expect(findTerm('abc', 'a.c')).toBeNull();
  });
});

describe('occursIn', () => {
  it('finds a term inside bold text but not one split across bold and plain text', () => {
    const nodes = parseMarkdown('Los **Tigres del Norte** cantan.');
    expect(occursIn(nodes, 'tigres del norte')).toBe(true);
    expect(occursIn(nodes, 'los tigres')).toBe(false);
  });
});
