/**
 * The content rules a machine can check, run against the real story in story/.
 * (The format itself is tested in parse-story.test.ts.)
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { occursIn } from './glossary-match';
import { plainText } from './markdown';
import { loadStoryDir } from './read-story-dir';
import type { Story } from './story-types';

function realStory(): Story {
  const result = loadStoryDir(resolve(__dirname, '../../story'), 'story');
  if (!result.ok) throw new Error(result.issues.map((i) => `${i.file} ${i.path}: ${i.message}`).join('\n'));
  return result.story;
}

const story = realStory();
const words = (text: string) => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
const allTexts = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).flatMap(allTexts) : [];

describe('the story content', () => {
  it('has at least 16 chapters, 12 places and 12 characters', () => {
    expect(story.chapters.length).toBeGreaterThanOrEqual(16);
    expect(story.places.length).toBeGreaterThanOrEqual(12);
    expect(story.characters.length).toBeGreaterThanOrEqual(12);
  });

  it.each(story.chapters.map((c) => [c.id, c] as const))('chapter %s has 80–200 words in each language', (_, chapter) => {
    // The about chapter carries the credits, a list that may run a little longer.
    const most = chapter.id === 'about' ? 260 : 200;
    for (const lang of ['es', 'en'] as const) {
      const n = words(plainText(chapter.body[lang]));
      expect(n, `${chapter.file} ${lang}: ${n} words`).toBeGreaterThanOrEqual(80);
      expect(n, `${chapter.file} ${lang}: ${n} words`).toBeLessThanOrEqual(most);
    }
  });

  it('gives every chapter of the week a day, and every chapter notes and one to three questions in both languages', () => {
    const firstDated = story.chapters.findIndex((ch) => ch.day !== null);
    for (const c of story.chapters.filter((ch) => ch.id !== 'about')) {
      // Only a prologue, before the week starts, may be without a day.
      if (c.index > firstDated) expect(c.day, c.file).not.toBeNull();
      const { notes, questions } = story.teaching[c.id]!;
      expect(notes?.es && notes.en, c.file).toBeTruthy();
      expect(questions.length, c.file).toBeGreaterThanOrEqual(1);
      expect(questions.length, c.file).toBeLessThanOrEqual(3);
    }
  });

  it('gives every story chapter 6–10 glossary entries and 2–4 comprehension questions with answers', () => {
    for (const c of story.chapters.filter((ch) => ch.id !== 'about')) {
      const { glossary, comprehension } = story.language[c.id]!;
      expect(glossary.length, c.file).toBeGreaterThanOrEqual(6);
      expect(glossary.length, c.file).toBeLessThanOrEqual(10);
      expect(comprehension.length, c.file).toBeGreaterThanOrEqual(2);
      expect(comprehension.length, c.file).toBeLessThanOrEqual(4);
    }
  });

  it('finds every glossary entry in its chapter, each language in its own text', () => {
    for (const c of story.chapters) {
      for (const entry of story.language[c.id]!.glossary) {
        for (const lang of ['es', 'en'] as const) {
          expect(occursIn(c.body[lang], entry[lang]), `${c.file}: "${entry[lang]}" in ${lang}`).toBe(true);
        }
      }
    }
  });

  it('puts no web address in chapter prose except the credits in the about chapter', () => {
    for (const c of story.chapters.filter((ch) => ch.id !== 'about')) {
      const text = JSON.stringify(c.body);
      expect(text, c.file).not.toMatch(/https?:\/\/|www\./i);
    }
  });

  it('never mentions a way to download or stream copies of the film', () => {
    const everything = allTexts(story).join('\n');
    expect(everything).not.toMatch(/torrent|dvdrip|mega\.nz|tinyurl|tinurl|descarga(r)? la película|watch (it )?free|ver gratis/i);
  });

  it('quotes no dialogue beyond a few words', () => {
    const quotes = allTexts(story).join('\n').match(/[“"«][^”"»]+[”"»]/g) ?? [];
    for (const q of quotes) expect(words(q), q).toBeLessThanOrEqual(8);
  });

  it('uses every place in at least one chapter, and marks most of them approximate', () => {
    const used = new Set(story.chapters.flatMap((c) => c.places));
    for (const p of story.places) expect(used.has(p.id), p.id).toBe(true);
    expect(story.places.filter((p) => p.approximate).length).toBeGreaterThan(story.places.length / 2);
  });

  it('brings every character into at least one chapter', () => {
    const present = new Set(story.chapters.flatMap((c) => c.characters));
    for (const ch of story.characters) expect(present.has(ch.id), ch.id).toBe(true);
  });

  it('draws the route through the journey places in the order the chapters travel them', () => {
    const legs = story.chapters.flatMap((c) => (c.route ? [c.route] : []));
    const stops = story.route.stops.map((s) => s.place);
    expect(legs[0]?.from).toBe(stops[0]);
    expect(legs.at(-1)?.to).toBe(stops.at(-1));
    legs.forEach((leg, i) => {
      if (i > 0) expect(leg.from, `leg ${i}`).toBe(legs[i - 1]?.to);
      expect(stops.indexOf(leg.to)).toBeGreaterThan(stops.indexOf(leg.from));
    });
    for (const place of new Set(legs.flatMap((l) => [l.from, l.to]))) expect(stops).toContain(place);
  });

  it('follows roads rather than straight hops between places', () => {
    expect(story.route.coordinates.length).toBeGreaterThan(story.route.stops.length * 3);
  });

  it('places calls only on Sundays, with both ends known', () => {
    for (const call of story.calls) expect(['sunday', 'next-sunday']).toContain(call.day);
    expect(story.calls.some((c) => c.status === 'met-in-person' && c.day === 'next-sunday')).toBe(true);
  });

  it.each(story.chapters.map((c) => [c.id, c] as const))('chapter %s names every character it lists, in both languages', (_, chapter) => {
    for (const lang of ['es', 'en'] as const) {
      const text = plainText(chapter.body[lang]).toLowerCase();
      for (const id of chapter.characters) {
        const name = story.characters.find((ch) => ch.id === id)!.name[lang];
        // "La señora McKenzie" is named when the text says "señora McKenzie".
        const bare = name.replace(/^(el|la|los|las|the)\s+/i, '').toLowerCase();
        expect(text, `${chapter.file} (${lang}) lists ${id} but never says "${bare}"`).toContain(bare);
      }
    }
  });

  it('explains that places are approximate in one chapter body only, in both languages (the map, cards and notes carry it elsewhere)', () => {
    const explains = /aproximad|approximat|lo situamos|la situamos|los situamos|we place|we put it|we mark|la película no (lo |la |los )?(nombra|dice)|the film does not (name|say)/i;
    for (const lang of ['es', 'en'] as const) {
      const found = story.chapters
        .filter((c) => c.id !== 'about' && explains.test(plainText(c.body[lang])))
        .map((c) => c.id);
      expect(found, lang).toEqual(['the-village']);
    }
  });

  it('never presents a real town the film does not use as the name of a story place', () => {
    for (const p of story.places) {
      expect(`${p.name.es} ${p.name.en}`, p.id).not.toMatch(/Lordsburg|Juchitepec|Vail|Hollenbeck|Whittier/);
    }
  });
});

