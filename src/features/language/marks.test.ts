import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '@/content/markdown';
import { markedRuns, markTerms } from './marks';

describe('markTerms', () => {
  it('marks each glossary word where it first occurs and leaves the rest as text', () => {
    expect(markTerms('Pide aventón y otro aventón.', ['aventón'], new Set())).toEqual([
      'Pide ', { text: 'aventón', entry: 0 }, ' y otro aventón.',
    ]);
  });

  it('marks words in reading order, whatever their order in the glossary', () => {
    expect(markTerms('la grúa al corralón', ['corralón', 'grúa'], new Set())).toEqual([
      'la ', { text: 'grúa', entry: 1 }, ' al ', { text: 'corralón', entry: 0 },
    ]);
  });

  it('prefers the longer phrase where two start at the same word', () => {
    expect(markTerms('el teléfono público', ['teléfono', 'teléfono público'], new Set())).toEqual([
      'el ', { text: 'teléfono público', entry: 1 },
    ]);
  });

  it('does not mark a word already marked earlier in the chapter', () => {
    const used = new Set<number>();
    markTerms('una tos', ['tos'], used);
    expect(markTerms('otra tos', ['tos'], used)).toEqual(['otra tos']);
  });
});

describe('markedRuns', () => {
  it('splits only the runs that hold a word, marking each word once across the chapter', () => {
    const nodes = parseMarkdown('Una **tos** fuerte.\n\nOtra tos, y la abuela.');
    const runs = markedRuns(nodes, ['tos', 'abuela']);
    expect([...runs.keys()]).toEqual(['tos', 'Otra tos, y la abuela.']);
    expect(runs.get('Otra tos, y la abuela.')).toEqual(['Otra tos, y la ', { text: 'abuela', entry: 1 }, '.']);
  });
});
