import { describe, expect, it } from 'vitest';
import type { Character } from '@/content/schema';
import type { Chapter } from '@/content/story-types';
import { chaptersWith, charactersIn, initialsOf } from './cast-data';
import { makeChapter } from '@/content/chapter.fixture';

const character = (id: string, over: Partial<Character> = {}): Character => ({
  id, name: { es: id, en: id }, role: { es: '', en: '' }, relationship: { es: '', en: '' },
  thread: 'child', actor: null, places: [], ...over,
});
const chapter = (id: string, index: number, characters: string[]): Chapter =>
  makeChapter({ id, index, title: { es: id, en: id }, characters });

describe('charactersIn', () => {
  it('gives the characters a chapter lists, in the chapter’s order', () => {
    const cast = [character('ana'), character('ben'), character('cai')];
    expect(charactersIn(chapter('x', 0, ['cai', 'ana']), cast).map((c) => c.id)).toEqual(['cai', 'ana']);
  });
  it('skips an id the cast does not know instead of failing', () => {
    expect(charactersIn(chapter('x', 0, ['ghost', 'ben']), [character('ben')]).map((c) => c.id)).toEqual(['ben']);
  });
  it('gives no one for a chapter without characters', () => {
    expect(charactersIn(chapter('x', 0, []), [character('ben')])).toEqual([]);
  });
});

describe('chaptersWith', () => {
  it('lists every chapter a character appears in, in story order', () => {
    const chapters = [chapter('one', 0, ['ana']), chapter('two', 1, ['ben']), chapter('three', 2, ['ben', 'ana'])];
    expect(chaptersWith('ana', chapters).map((c) => c.id)).toEqual(['one', 'three']);
  });
  it('gives an empty list for a character no chapter names', () => {
    expect(chaptersWith('cai', [chapter('one', 0, ['ana'])])).toEqual([]);
  });
});

describe('initialsOf', () => {
  it('prefers the initials the story gives', () => {
    expect(initialsOf(character('x', { name: { es: 'La señora McKenzie', en: 'Mrs. McKenzie' }, initials: 'mk' }), 'en')).toBe('MK');
  });
  it('takes the first letters of the first two capitalised words, skipping articles', () => {
    expect(initialsOf(character('x', { name: { es: 'La abuela Benita', en: 'Grandmother Benita' } }), 'es')).toBe('B');
    expect(initialsOf(character('x', { name: { es: 'Doña Carmen', en: 'Doña Carmen' } }), 'en')).toBe('DC');
  });
  it('falls back to the first word that is not an article when nothing is capitalised', () => {
    expect(initialsOf(character('x', { name: { es: 'El dueño del restaurante', en: 'The restaurant owner' } }), 'en')).toBe('R');
    expect(initialsOf(character('x', { name: { es: 'El dueño del restaurante', en: 'The restaurant owner' } }), 'es')).toBe('D');
  });
  it('reads a possessive as its owner', () => {
    expect(initialsOf(character('x', { name: { es: 'El padre de Niebla', en: "Fog's father" } }), 'en')).toBe('F');
  });
});
