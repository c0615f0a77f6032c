import { describe, expect, it } from 'vitest';
import type { Call, Day } from '@/content/schema';
import type { Chapter } from '@/content/story-types';
import { storyDayAt, weekState } from './week-state';
import { makeChapter } from '@/content/chapter.fixture';

const chapter = (index: number, day: Day | null): Chapter => makeChapter({ index, day });
const call = (id: string, day: Day): Call => ({
  id, chapter: 'c0', day, time: '10:00', status: 'connected', summary: { es: '', en: '' },
  from: { place: 'a', who: ['x'] }, to: { place: 'b', who: ['y'] },
});
const chapters = [chapter(0, 'sunday'), chapter(1, 'wednesday'), chapter(2, 'next-sunday'), chapter(3, null)];
const calls = [call('first', 'sunday'), call('last', 'next-sunday')];
const states = (index: number) => weekState(chapters, index, calls).map((d) => d.state);

describe('weekState', () => {
  it('shows the whole week, Sunday to the next Sunday', () => {
    expect(weekState(chapters, 0, calls).map((d) => d.day)).toEqual([
      'sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'next-sunday',
    ]);
  });
  it('marks the chapter’s day current and the days before it past', () => {
    expect(states(1)).toEqual(['past', 'past', 'past', 'current', 'future', 'future', 'future', 'future']);
  });
  it('has no day current on the cover, before the story starts', () => {
    expect(states(-1).every((s) => s === 'future')).toBe(true);
  });
  it('marks the reader’s day approximate when the story only infers it, and no other day', () => {
    const inferred = [chapter(0, 'sunday'), makeChapter({ index: 1, day: 'thursday', dayApproximate: true }), chapter(2, null)];
    const marked = (index: number) => weekState(inferred, index, calls).filter((d) => d.approximate).map((d) => d.day);
    expect(marked(0)).toEqual([]);
    expect(marked(1)).toEqual(['thursday']);
    expect(marked(2)).toEqual(['thursday']);
  });
  it('keeps the last story day for a chapter without one', () => {
    expect(states(3).at(-1)).toBe('current');
  });
  it('puts each call on its day and marks the last call as the one the journey races against', () => {
    const week = weekState(chapters, 0, calls);
    expect(week[0]?.call?.id).toBe('first');
    expect(week[7]?.call?.id).toBe('last');
    expect(week.filter((d) => d.goal).map((d) => d.day)).toEqual(['next-sunday']);
    expect(week[3]?.call).toBeNull();
  });
  it('names no goal when the story has no calls', () => {
    expect(weekState(chapters, 0, []).some((d) => d.goal)).toBe(false);
  });
});

describe('storyDayAt', () => {
  it('reads the day from the nearest chapter at or before the reader that names one', () => {
    expect(storyDayAt(chapters, 1)).toBe('wednesday');
    expect(storyDayAt(chapters, 3)).toBe('next-sunday');
    expect(storyDayAt(chapters, -1)).toBeNull();
  });
});
