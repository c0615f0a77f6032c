/** The map's text alternative covers every chapter of the real story, in both languages. */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadStoryDir } from '@/content/read-story-dir';
import { describeMap } from './describe-map';

const result = loadStoryDir(resolve(__dirname, '../../../story'), 'story');
if (!result.ok) throw new Error('story/ is invalid');
const story = result.story;

describe('the map description of every chapter', () => {
  for (const lang of ['es', 'en'] as const) {
    it.each(story.chapters.map((c) => [c.id, c] as const))(`names what the map shows in %s (${lang})`, (_, chapter) => {
      const text = describeMap({ chapter, places: story.places, travelledKm: 0, totalKm: 3000, lang });
      for (const id of chapter.places) {
        const place = story.places.find((p) => p.id === id)!;
        expect(text).toContain(place.name[lang]);
        if (place.approximate) expect(text).toContain(lang === 'es' ? 'lugar aproximado' : 'approximate place');
      }
      if (chapter.mapDescription) expect(text).toContain(chapter.mapDescription[lang]);
      expect(text.length).toBeGreaterThan(20);
    });
  }
});
