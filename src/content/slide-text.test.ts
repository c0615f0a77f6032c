/** Slide texts: story data, checked like the rest, and written for every chapter of this story. */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseStory } from './parse-story.ts';
import { loadStoryDir } from './read-story-dir.ts';
import { SLIDE_TEXT_MAX } from './schema.ts';
import { formatIssue } from './story-errors.ts';
import { chapterFile, chapterFront, validStoryFiles } from './story-files.fixture.ts';

function problems(slide: unknown): string[] {
  const files = validStoryFiles();
  files['chapters/01-first.md'] = chapterFile(chapterFront({ slide }));
  const result = parseStory(files);
  return result.ok ? [] : result.issues.map(formatIssue);
}

describe('a chapter’s slide text', () => {
  it('is read with the chapter, in both languages', () => {
    const files = validStoryFiles();
    files['chapters/01-first.md'] = chapterFile(chapterFront({ slide: { es: 'Hola, clase.', en: 'Hello, class.' } }));
    const result = parseStory(files);
    expect(result.ok && result.story.chapters[0]?.slide).toEqual({ es: 'Hola, clase.', en: 'Hello, class.' });
  });

  it('names the file and field when a language is missing or the text is too long to read from the back row', () => {
    expect(problems({ es: 'Hola.' })).toEqual([expect.stringMatching(/^story\/chapters\/01-first\.md › slide\.en: /)]);
    expect(problems({ es: 'a'.repeat(SLIDE_TEXT_MAX + 1), en: 'Hello.' })).toEqual([
      expect.stringMatching(/^story\/chapters\/01-first\.md › slide\.es: .*at most 220 characters/),
    ]);
  });
});

describe('the slide texts of this story', () => {
  const result = loadStoryDir(resolve(__dirname, '../../story'), 'story');
  if (!result.ok) throw new Error('story/ is invalid');
  it.each(result.story.chapters.map((c) => [c.id, c] as const))('%s has one or two short sentences in each language', (_, chapter) => {
    for (const lang of ['es', 'en'] as const) {
      // "Mrs." ends a word, not a sentence.
      const text = (chapter.slide?.[lang] ?? '').replace(/\b(Mrs|Mr|Dr|Sra|Sr)\./g, '$1');
      expect(text.length).toBeGreaterThan(30);
      expect(text.match(/[.!?](\s|$)/g)?.length ?? 0).toBeLessThanOrEqual(2);
    }
  });
});
