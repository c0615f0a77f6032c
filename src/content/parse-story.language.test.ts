import { describe, expect, it } from 'vitest';
import { parseStory } from './parse-story.ts';
import { formatIssue } from './story-errors.ts';
import { chapterFile, chapterFront, validStoryFiles } from './story-files.fixture.ts';

const ES = 'Carlitos pide **aventón** en la carretera.';
const EN = 'Carlitos hitches a ride on the highway.';

function withChapter(over: Record<string, unknown>): Record<string, string> {
  return { ...validStoryFiles(), 'chapters/01-first.md': chapterFile(chapterFront(over), ES, EN) };
}

function problems(files: Record<string, string>): string[] {
  const result = parseStory(files);
  return result.ok ? [] : result.issues.map(formatIssue);
}

describe('a chapter glossary and comprehension questions', () => {
  it('are kept apart from the reader story, per chapter', () => {
    const result = parseStory(withChapter({
      glossary: [{ es: 'Aventón', en: 'a ride', note: { es: 'México', en: 'Mexico' } }],
      comprehension: [{ q: { es: '¿Qué pide?', en: 'What does he ask for?' }, a: { es: 'Aventón.', en: 'A ride.' } }],
    }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.story.language.first?.glossary).toEqual([{ es: 'Aventón', en: 'a ride', note: { es: 'México', en: 'Mexico' } }]);
    expect(result.story.language.first?.comprehension[0]?.a.en).toBe('A ride.');
    expect(result.story.chapters[0]).not.toHaveProperty('glossary');
  });

  it('names the file, entry and language of a glossary word missing from the text', () => {
    expect(problems(withChapter({ glossary: [{ es: 'aventón', en: 'lift' }, { es: 'camioneta', en: 'highway' }] }))).toEqual([
      'story/chapters/01-first.md › glossary[0].en: "lift" does not occur in the chapter\'s English text (write it as it appears there: whole words, not across bold or a link)',
      'story/chapters/01-first.md › glossary[1].es: "camioneta" does not occur in the chapter\'s Spanish text (write it as it appears there: whole words, not across bold or a link)',
    ]);
  });

  it('rejects an entry that spans bold and plain text, which could not be marked', () => {
    expect(problems(withChapter({ glossary: [{ es: 'aventón en', en: 'ride' }] }))[0]).toMatch(/glossary\[0\]\.es: "aventón en" does not occur/);
  });

  it('names a question without its answer or without a translation', () => {
    const found = problems(withChapter({ comprehension: [{ q: { es: '¿Qué?', en: 'What?' } }, { q: { es: '¿Qué?' }, a: { es: 'Sí.', en: 'Yes.' } }] }));
    expect(found.some((p) => p.startsWith('story/chapters/01-first.md › comprehension[0].a: '))).toBe(true);
    expect(found.some((p) => p.startsWith('story/chapters/01-first.md › comprehension[1].q.en: missing translation'))).toBe(true);
  });
});
