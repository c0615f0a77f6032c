/**
 * The story's geography, checked against the real world: each place on its side of the
 * US–Mexico border (an accurate reference line, not the basemap's simplified one), and every
 * distance the text states equal to what the data computes.
 */
import { resolve } from 'node:path';
import distance from '@turf/distance';
import { describe, expect, it } from 'vitest';
import { measureRoute } from '@/lib/geo/route-measure';
import { BORDER_TOLERANCE_DEG, degreesNorthOfBorder } from './border.fixture';
import { plainText } from './markdown';
import { loadStoryDir } from './read-story-dir';
import type { LonLat } from './schema';
import type { Story } from './story-types';

function realStory(): Story {
  const result = loadStoryDir(resolve(__dirname, '../../story'), 'story');
  if (!result.ok) throw new Error(result.issues.map((i) => `${i.file} ${i.path}: ${i.message}`).join('\n'));
  return result.story;
}

const story = realStory();
const route = measureRoute(story.route)!;
const at = (id: string): LonLat => story.places.find((p) => p.id === id)!.coordinates;
const stopKm = (id: string) => route.stopKm.get(id)!;
const KM_PER_MILE = 1.609344;

/** Where the film puts each place: Mexico, on the border itself, or (every other) the US. */
const IN_MEXICO = new Set(['village']);
const ON_BORDER = new Set(['border-crossing']);

describe('the story on the map', () => {
  it.each(story.places.map((p) => [p.id, p] as const))('puts %s on the right side of the border', (id, place) => {
    const north = degreesNorthOfBorder(place.coordinates);
    expect(north, `${id} lies outside the border reference`).not.toBeNull();
    if (ON_BORDER.has(id)) expect(Math.abs(north!)).toBeLessThanOrEqual(BORDER_TOLERANCE_DEG);
    else if (IN_MEXICO.has(id)) expect(north!).toBeLessThan(-BORDER_TOLERANCE_DEG);
    else expect(north!).toBeGreaterThan(BORDER_TOLERANCE_DEG);
  });

  it('draws the route across the border once, at the crossing: south of the river before it, north after', () => {
    const cross = story.route.stops.find((s) => s.place === 'border-crossing')!.index;
    const coords = story.route.coordinates;
    for (let i = 1; i < coords.length; i++) {
      if (i === cross || i - 1 === cross) continue; // the two segments that touch the bridge
      const [a, b] = [coords[i - 1]!, coords[i]!];
      for (let k = 0; k <= 10; k++) {
        const p: LonLat = [a[0] + ((b[0] - a[0]) * k) / 10, a[1] + ((b[1] - a[1]) * k) / 10];
        const north = degreesNorthOfBorder(p);
        if (north === null) continue;
        if (i < cross) expect(north, `segment ${i} at ${p.join(', ')}`).toBeLessThan(0);
        else expect(north, `segment ${i} at ${p.join(', ')}`).toBeGreaterThan(0);
      }
    }
  });
});

/**
 * Every distance the chapters state (bodies and presenter notes), with what the data says.
 * The village is a guess, so a distance the text gives for the whole journey must count only
 * from the border and say so ("more than"): it is a lower bound.
 */
const claims = [
  { chapter: 'birthday-call', where: 'notes', text: { es: '1,100 kilómetros', en: '1,100 kilometers' },
    check: (km: number) => expect(km).toBeCloseTo(distance(at('border-crossing'), at('corner')), -2) },
  { chapter: 'los-angeles', where: 'body', text: { es: '760 kilómetros', en: '760 kilometers' },
    check: (km: number) => expect(Math.abs(km - (stopKm('la-park') - stopKm('tucson')))).toBeLessThan(10) },
  { chapter: 'los-angeles', where: 'body', text: { es: null, en: '470 miles' },
    check: (mi: number) => expect(Math.abs(mi * KM_PER_MILE - (stopKm('la-park') - stopKm('tucson')))).toBeLessThan(16) },
  { chapter: 'the-corner', where: 'body', text: { es: 'más de 1,300 kilómetros', en: 'more than 1,300 kilometers' },
    check: (km: number) => {
      const fromBorder = route.totalKm - stopKm('border-crossing');
      expect(km).toBeLessThanOrEqual(fromBorder);
      expect(km).toBeGreaterThan(fromBorder - 100);
    } },
  { chapter: 'the-corner', where: 'body', text: { es: null, en: '800 miles' },
    check: (mi: number) => expect(mi * KM_PER_MILE).toBeLessThanOrEqual(route.totalKm - stopKm('border-crossing')) },
] as const;

const DISTANCE = /(\d[\d,]*)\s*(kilómetros|kilometers|km|millas|miles|mi)\b/gi;
const number = (s: string) => Number(s.replace(/,/g, ''));

describe('the distances in the text', () => {
  it('are all listed here, so that none goes unchecked', () => {
    const found: string[] = [];
    for (const c of story.chapters) {
      const notes = story.teaching[c.id]?.notes;
      for (const lang of ['es', 'en'] as const) {
        const texts = { body: plainText(c.body[lang]), notes: notes?.[lang] ?? '' };
        for (const [where, text] of Object.entries(texts)) {
          for (const m of text.matchAll(DISTANCE)) found.push(`${c.id} ${where} ${lang} ${m[1]} ${m[2]!.toLowerCase()}`);
        }
      }
    }
    const listed = claims.flatMap((c) => (['es', 'en'] as const).flatMap((lang) => {
      const t = c.text[lang];
      const m = t ? /(\d[\d,]*)\s*(\S+)$/.exec(t) : null;
      return m ? [`${c.chapter} ${c.where} ${lang} ${m[1]} ${m[2]!.toLowerCase()}`] : [];
    }));
    expect(found.sort()).toEqual(listed.sort());
  });

  it.each(claims.map((c) => [c.chapter, c.text.en, c] as const))('%s: "%s" matches the data', (_, __, claim) => {
    const chapter = story.chapters.find((c) => c.id === claim.chapter)!;
    for (const lang of ['es', 'en'] as const) {
      const stated = claim.text[lang];
      if (!stated) continue;
      const text = claim.where === 'body' ? plainText(chapter.body[lang]) : story.teaching[chapter.id]?.notes?.[lang] ?? '';
      expect(text, `${chapter.file} (${lang})`).toContain(stated);
      claim.check(number(/(\d[\d,]*)/.exec(stated)![1]!));
    }
  });
});
