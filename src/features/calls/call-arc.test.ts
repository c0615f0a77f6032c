import { describe, expect, it } from 'vitest';
import type { LonLat } from '@/content/schema';
import { callArc } from './call-arc';

const la: LonLat = [-118.17, 34.02];
const village: LonLat = [-98.88, 19.1];

describe('callArc', () => {
  it('starts at the first phone and ends exactly at the other', () => {
    const arc = callArc(la, village)!;
    expect(arc[0]).toEqual(la);
    expect(arc.at(-1)).toEqual(village);
  });
  it('draws the curve with one more point than it has segments', () => {
    expect(callArc(la, village, { segments: 10 })).toHaveLength(11);
  });
  it('bows poleward: its middle lies north of the straight line in the northern hemisphere', () => {
    const arc = callArc(la, village, { segments: 2 })!;
    const [, midLat] = arc[1]!;
    expect(midLat).toBeGreaterThan((la[1] + village[1]) / 2);
  });
  it('bows south of the straight line in the southern hemisphere', () => {
    const arc = callArc([10, -30], [40, -30], { segments: 2 })!;
    expect(arc[1]![1]).toBeLessThan(-30);
  });
  it('is the same curve whichever phone calls', () => {
    const there = callArc(la, village, { segments: 8 })!;
    const back = callArc(village, la, { segments: 8 })!.reverse();
    there.forEach(([lon, lat], i) => {
      expect(lon).toBeCloseTo(back[i]![0], 9);
      expect(lat).toBeCloseTo(back[i]![1], 9);
    });
  });
  it('lies flat on the chord when asked for no bend', () => {
    const arc = callArc([0, 10], [20, 10], { bend: 0, segments: 4 })!;
    for (const [, lat] of arc) expect(lat).toBeCloseTo(10, 9);
  });
  it('takes the short way across the antimeridian', () => {
    const arc = callArc([179, 10], [-179, 10], { segments: 2 })!;
    expect(arc.at(-1)).toEqual([181, 10]);
    expect(arc[1]![0]).toBeCloseTo(180, 9);
  });
  it('has no arc when both ends are the same place', () => {
    expect(callArc(la, [...la])).toBeNull();
  });
  it('has no arc with fewer than one segment', () => {
    expect(callArc(la, village, { segments: 0 })).toBeNull();
  });
});
