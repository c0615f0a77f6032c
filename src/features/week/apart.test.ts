import { describe, expect, it } from 'vitest';
import type { Chapter } from '@/content/story-types';
import { measureRoute } from '@/lib/geo/route-measure';
import { apartKm, apartShown } from './apart';
import { makeChapter } from '@/content/chapter.fixture';

const chapter = (index: number, route?: { from: string; to: string }): Chapter =>
  makeChapter({ index, thread: route ? 'child' : 'parent', ...(route ? { route } : {}) });
// Along the equator: one degree of longitude is about 111.2 km.
const route = () => measureRoute({ coordinates: [[0, 0], [1, 0], [2, 0]], stops: [{ place: 'home', index: 0 }, { place: 'mid', index: 1 }, { place: 'corner', index: 2 }] });
const chapters = [chapter(0, { from: 'home', to: 'mid' }), chapter(1), chapter(2, { from: 'mid', to: 'corner' })];

describe('apartKm', () => {
  it('is the whole route before the journey starts', () => {
    expect(apartKm(route(), chapters, -1, 0)).toBeCloseTo(222.4, 0);
  });
  it('shrinks as the reader scrolls through a journey chapter', () => {
    const start = apartKm(route(), chapters, 0, 0)!;
    const half = apartKm(route(), chapters, 0, 0.5)!;
    expect(half).toBeLessThan(start);
    expect(start - half).toBeCloseTo(55.6, 0);
  });
  it('holds still through a chapter of the other storyline', () => {
    expect(apartKm(route(), chapters, 1, 0)).toBeCloseTo(apartKm(route(), chapters, 1, 1)!, 9);
    expect(apartKm(route(), chapters, 1, 0.3)).toBeCloseTo(111.2, 0);
  });
  it('reaches zero at the end of the route, and never goes below it', () => {
    expect(apartKm(route(), chapters, 2, 1)).toBeCloseTo(0, 9);
    expect(apartKm(route(), chapters, 2, 7)).toBeGreaterThanOrEqual(0);
  });
  it('is null when there is no route to measure', () => {
    expect(apartKm(null, chapters, 0, 0.5)).toBeNull();
  });
});

describe('apartShown', () => {
  it('says "more than" the known distance while the traveller is still before the measured-from place', () => {
    const r = route()!;
    expect(apartShown(r, 'mid', apartKm(r, chapters, -1, 0)!)).toEqual({ km: expect.closeTo(111.2, 0), atLeast: true });
    expect(apartShown(r, 'mid', apartKm(r, chapters, 0, 0.5)!).atLeast).toBe(true);
  });
  it('gives the measured distance once he has passed that place', () => {
    const r = route()!;
    const km = apartKm(r, chapters, 2, 0.5)!;
    expect(apartShown(r, 'mid', km)).toEqual({ km, atLeast: false });
  });
  it('is exact everywhere when the whole route is measured', () => {
    const r = route()!;
    expect(apartShown(r, undefined, 222)).toEqual({ km: 222, atLeast: false });
  });
});
