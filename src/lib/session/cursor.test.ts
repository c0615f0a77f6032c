import { describe, expect, it } from 'vitest';
import { clampChapter, moveCursor, startCursor, type Cursor } from './cursor';

const cursor = (over: Partial<Cursor> = {}): Cursor => ({ chapter: 2, progress: 0.4, lang: 'en', mode: 'read', ...over });

describe('moveCursor', () => {
  it('goes to a chapter at its start unless a progress is given', () => {
    expect(moveCursor(cursor(), { type: 'goTo', chapter: 4 }, 10)).toMatchObject({ chapter: 4, progress: 0 });
    expect(moveCursor(cursor(), { type: 'goTo', chapter: 4, progress: 0.5 }, 10)).toMatchObject({ chapter: 4, progress: 0.5 });
  });

  it('keeps chapters inside the story and progress inside 0…1', () => {
    expect(moveCursor(cursor(), { type: 'goTo', chapter: 99 }, 10).chapter).toBe(9);
    expect(moveCursor(cursor(), { type: 'goTo', chapter: -5 }, 10).chapter).toBe(-1);
    expect(moveCursor(cursor(), { type: 'scrolled', chapter: 1, progress: 7 }, 10).progress).toBe(1);
    expect(moveCursor(cursor(), { type: 'scrolled', chapter: 1, progress: Number.NaN }, 10).progress).toBe(0);
  });

  it('keeps the chapter and progress when the language switches', () => {
    expect(moveCursor(cursor(), { type: 'setLanguage', lang: 'es' }, 10)).toEqual(cursor({ lang: 'es' }));
  });

  it('keeps the chapter when the mode switches, and slides start at the first chapter from the cover', () => {
    expect(moveCursor(cursor(), { type: 'setMode', mode: 'present' }, 10)).toMatchObject({ chapter: 2, progress: 1, mode: 'present' });
    expect(moveCursor(cursor({ chapter: -1 }), { type: 'setMode', mode: 'present' }, 10).chapter).toBe(0);
    expect(moveCursor(cursor({ chapter: 3, mode: 'present' }), { type: 'setMode', mode: 'read' }, 10).chapter).toBe(3);
  });

  it('turns parallel reading on and off without moving the reader, and wakes no one when it is already so', () => {
    const on = moveCursor(cursor(), { type: 'setParallel', parallel: true }, 10);
    expect(on).toEqual(cursor({ parallel: true }));
    expect(moveCursor(on, { type: 'setParallel', parallel: true }, 10)).toBe(on);
    const c = cursor();
    expect(moveCursor(c, { type: 'setParallel', parallel: false }, 10)).toBe(c);
  });

  it('returns the same object when a move changes nothing, so subscribers are not woken', () => {
    const c = cursor();
    expect(moveCursor(c, { type: 'scrolled', chapter: 2, progress: 0.4 }, 10)).toBe(c);
    expect(moveCursor(c, { type: 'setLanguage', lang: 'en' }, 10)).toBe(c);
  });
});

describe('clampChapter', () => {
  it('gives −1 for an empty story or a value that is not a number', () => {
    expect(clampChapter(3, 0)).toBe(-1);
    expect(clampChapter(Number.NaN, 5)).toBe(-1);
  });
});

describe('startCursor', () => {
  it('opens slides at the first chapter when none is asked for, reading on the cover', () => {
    expect(startCursor(-1, 'present', 'es')).toEqual({ chapter: 0, progress: 1, lang: 'es', mode: 'present' });
    expect(startCursor(-1, 'read', 'es')).toEqual({ chapter: -1, progress: 0, lang: 'es', mode: 'read' });
    expect(startCursor(3, 'handout', 'en').chapter).toBe(3);
  });
});
