import { describe, expect, it } from 'vitest';
import type { Chapter, Route } from '@/content/story-types';
import { chapterSpan, measureRoute, sliceRoute, travelledKm } from './route-measure';
import { makeChapter } from '@/content/chapter.fixture';

// Along the equator one degree of longitude is ~111.2 km.
const route = (): Route => ({
  coordinates: [[0, 0], [1, 0], [2, 0], [4, 0]],
  stops: [{ place: 'a', index: 0 }, { place: 'b', index: 2 }, { place: 'c', index: 3 }],
});
const chapter = (index: number, r?: { from: string; to: string }): Chapter => makeChapter({ index, ...(r ? { route: r } : {}) });

describe('measureRoute', () => {
  it('measures the length and each stop along the line in great-circle km', () => {
    const m = measureRoute(route())!;
    expect(m.totalKm).toBeCloseTo(444.8, 0);
    expect(m.stopKm.get('b')).toBeCloseTo(222.4, 0);
  });
  it('returns null for a line too short to measure', () => {
    expect(measureRoute({ coordinates: [[0, 0]], stops: [] })).toBeNull();
  });
});

describe('chapterSpan', () => {
  const m = measureRoute(route())!;
  const chapters = [chapter(0), chapter(1, { from: 'a', to: 'b' }), chapter(2), chapter(3, { from: 'b', to: 'c' })];
  it('holds the journey at its start before the first journey chapter', () => {
    expect(chapterSpan(chapters, 0, m)).toEqual({ fromKm: 0, toKm: 0 });
  });
  it('spans a journey chapter from its first place to its last', () => {
    const span = chapterSpan(chapters, 3, m);
    expect(span.fromKm).toBeCloseTo(222.4, 0);
    expect(span.toKm).toBeCloseTo(444.8, 0);
  });
  it('holds the journey where the last journey chapter left it in a chapter of the other thread', () => {
    const span = chapterSpan(chapters, 2, m);
    expect(span.fromKm).toBe(span.toKm);
    expect(span.toKm).toBeCloseTo(222.4, 0);
  });
});

describe('travelledKm', () => {
  it('interpolates linearly with scroll progress and clamps it', () => {
    expect(travelledKm({ fromKm: 100, toKm: 300 }, 0.25)).toBe(150);
    expect(travelledKm({ fromKm: 100, toKm: 300 }, 2)).toBe(300);
    expect(travelledKm({ fromKm: 100, toKm: 300 }, -1)).toBe(100);
  });
});

describe('sliceRoute', () => {
  const m = measureRoute(route())!;
  it('puts the marker at the travelled distance and splits the line there', () => {
    const s = sliceRoute(m, 111.2 * 1.5);
    expect(s.position[0]).toBeCloseTo(1.5, 2);
    expect(s.travelled[0]).toEqual([0, 0]);
    expect(s.travelled.at(-1)![0]).toBeCloseTo(1.5, 2);
    expect(s.ahead.at(-1)).toEqual([4, 0]);
  });
  it('grows the travelled part as the distance grows', () => {
    const near = sliceRoute(m, 50).travelled.at(-1)![0];
    const far = sliceRoute(m, 300).travelled.at(-1)![0];
    expect(far).toBeGreaterThan(near);
  });
  it('clamps distances beyond either end of the line', () => {
    expect(sliceRoute(m, -10).position).toEqual([0, 0]);
    expect(sliceRoute(m, 1e6).position[0]).toBeCloseTo(4, 5);
  });
});
