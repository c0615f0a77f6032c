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
