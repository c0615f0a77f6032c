import { describe, expect, it } from 'vitest';
import type { Call, Character, Thread, ThreadData } from '@/content/schema';
import type { Chapter } from '@/content/story-types';
import { otherThread, protagonist, whereIs } from './whereabouts';
import { makeChapter } from '@/content/chapter.fixture';

const person = (id: string, thread: Thread, places: string[]): Character => ({
  id, name: { es: id, en: id }, role: { es: '', en: '' }, relationship: { es: '', en: '' }, thread, actor: null, places,
});
const chapter = (index: number, places: string[], characters: string[]): Chapter => makeChapter({ index, places, characters });
const mum = person('mum', 'parent', ['work', 'home', 'corner']);
const thread = (over: Partial<ThreadData> = {}): ThreadData => ({ es: 'x', en: 'x', colour: '#000000', glyph: 'circle', travels: false, shared: false, ...over });
const threads = { child: thread({ travels: true }), parent: thread(), together: thread({ shared: true }) };

describe('whereIs', () => {
  const chapters = [
    chapter(0, ['village', 'corner'], ['son', 'mum']),
    chapter(1, ['village'], ['son']),
    chapter(2, ['work', 'home'], ['mum']),
    chapter(3, ['border'], ['son']),
  ];
  it('puts a person where they were last seen, at one of their own places', () => {
    expect(whereIs(mum, chapters, 1, [])).toBe('corner');
    expect(whereIs(mum, chapters, 3, [])).toBe('work');
  });
  it('falls back to the phone they call from when no chapter has shown them yet', () => {
    const call: Call = {
      id: 'k', chapter: 'c9', day: 'sunday', time: '10:00', status: 'connected', summary: { es: '', en: '' },
      from: { place: 'corner', who: ['mum'] }, to: { place: 'village', who: ['son'] },
    };
    expect(whereIs(mum, [chapter(0, ['village'], ['son'])], 0, [call])).toBe('corner');
  });
  it('falls back to their first place, and to null when the story says nothing', () => {
    expect(whereIs(mum, [], 0, [])).toBe('work');
    expect(whereIs(person('x', 'parent', []), [], 0, [])).toBeNull();
  });
});

describe('protagonist and otherThread', () => {
  it('takes the first character of a storyline as the one who carries it', () => {
    expect(protagonist('parent', [person('a', 'child', []), mum, person('b', 'parent', [])])?.id).toBe('mum');
  });
  it('shows the other storyline’s person, and nobody extra in a shared chapter', () => {
    expect(otherThread('child', threads)).toBe('parent');
    expect(otherThread('parent', threads)).toBe('child');
    expect(otherThread('together', threads)).toBeNull();
    expect(otherThread('child', { ...threads, third: thread() })).toBeNull();
  });
});
