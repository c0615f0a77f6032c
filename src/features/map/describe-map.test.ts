import { describe, expect, it } from 'vitest';
import type { Place } from '@/content/schema';
import type { Chapter } from '@/content/story-types';
import { describeMap } from './describe-map';
import { makeChapter } from '@/content/chapter.fixture';

const place = (id: string, en: string, approximate: boolean): Place => ({
  id, name: { es: `${en} (es)`, en }, description: { es: '', en: '' }, coordinates: [0, 0], approximate,
});
const chapter = (places: string[]): Chapter => makeChapter({ places });

describe('describeMap', () => {
  const places = [place('bus', 'Bus station', true), place('tucson', 'Tucson', false)];
  it('names the chapter’s places, marks the approximate ones, and gives the route travelled', () => {
    const text = describeMap({ chapter: chapter(['bus', 'tucson']), places, travelledKm: 1900, totalKm: 3100, lang: 'en' });
    expect(text).toBe('Map: Bus station (approximate place); Tucson — route: 1,180 mi travelled of 1,930 mi.');
  });
  it('describes an overview when the chapter names no place', () => {
    expect(describeMap({ chapter: chapter([]), places, travelledKm: 0, totalKm: 0, lang: 'es' })).toBe('Mapa: vista general del viaje.');
  });
  it('appends sentences other features contribute', () => {
    const text = describeMap({ chapter: chapter(['tucson']), places, travelledKm: 0, totalKm: 0, lang: 'en', extra: ['A call links two phones.'] });
    expect(text).toBe('Map: Tucson. A call links two phones.');
  });
});
