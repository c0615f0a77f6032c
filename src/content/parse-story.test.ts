import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { parseStory } from './parse-story.ts';
import { formatIssue } from './story-errors.ts';
import { chapterFile, chapterFront, validStoryFiles } from './story-files.fixture.ts';

function problems(files: Record<string, string>): string[] {
  const result = parseStory(files);
  return result.ok ? [] : result.issues.map(formatIssue);
}

describe('parseStory', () => {
  it('accepts a valid story and builds its route through the named places', () => {
    const result = parseStory(validStoryFiles());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.story.chapters.map((c) => c.id)).toEqual(['first', 'second']);
    expect(result.story.route.stops).toEqual([{ place: 'home', index: 0 }, { place: 'away', index: 2 }]);
    expect(result.story.chapters[0]?.body.en).toEqual([{ type: 'paragraph', children: [{ type: 'text', value: 'Hello.' }] }]);
  });

  it('names the file and line of a YAML syntax error', () => {
    const files = { ...validStoryFiles(), 'places.yaml': 'places:\n  - id: home\n    name: { es: "Casa, en: Home\n' };
    const [first] = problems(files);
    expect(first).toMatch(/^story\/places\.yaml › line \d+, column \d+: YAML syntax error/);
  });

  it('names the file and field of a missing field', () => {
    const files = validStoryFiles();
    const front = chapterFront();
    delete front.camera;
    files['chapters/01-first.md'] = chapterFile(front);
    expect(problems(files)).toContain('story/chapters/01-first.md › camera: missing field (expected object)');
  });

  it('reports an unknown place or character with the ids it expected', () => {
    const files = validStoryFiles();
    files['chapters/01-first.md'] = chapterFile(chapterFront({ places: ['home', 'moon'], characters: ['ghost'] }));
    expect(problems(files)).toEqual([
      'story/chapters/01-first.md › places[1]: unknown place "moon" (expected one of: home, away)',
      'story/chapters/01-first.md › characters[0]: unknown character "ghost" (expected one of: kid, mum)',
    ]);
  });

  it('reports a missing translation in frontmatter and in the body', () => {
    const files = validStoryFiles();
    files['chapters/01-first.md'] = `---\n${stringify(chapterFront({ title: { es: 'Primero' } }))}---\n::: es\nHola.\n:::\n`;
    expect(problems(files)).toEqual([
      'story/chapters/01-first.md › title.en: missing translation: expected a text',
      'story/chapters/01-first.md › body.en: missing translation: expected a "::: en" block with text',
    ]);
  });

  it('refuses a call that is not on a Sunday', () => {
    const files = validStoryFiles();
    files['calls.yaml'] = files['calls.yaml']!.replace('day: sunday', 'day: wednesday');
    expect(problems(files)).toEqual(['story/calls.yaml › calls[0].day: expected a Sunday (sunday or next-sunday), got "wednesday"']);
  });

  it('refuses calls listed out of story order', () => {
    const files = validStoryFiles();
    const call = (id: string, chapter: string, day: string) => ({
      id, chapter, day, time: '10:00', status: 'connected', summary: { es: 'x', en: 'x' },
      from: { place: 'away', who: ['mum'] }, to: { place: 'home', who: ['kid'] },
    });
    files['calls.yaml'] = stringify({ calls: [call('late', 'second', 'next-sunday'), call('early', 'first', 'sunday')] });
    expect(problems(files)).toEqual(['story/calls.yaml › calls[1]: calls must be listed in story order (by day and chapter)']);
  });

  it('reports out-of-range coordinates', () => {
    const files = validStoryFiles();
    files['places.yaml'] = files['places.yaml']!.replace('- -110\n      - 30', '- -110\n      - 95');
    expect(problems(files)).toEqual(['story/places.yaml › places[1].coordinates[1]: latitude must be ≤ 90']);
  });

  it('reports a duplicate place id', () => {
    const files = validStoryFiles();
    files['places.yaml'] = files['places.yaml']!.replace('id: away', 'id: home');
    expect(problems(files)).toContain('story/places.yaml › places[1].id: duplicate id "home"');
  });

  it('reports a duplicate chapter id', () => {
    const files = validStoryFiles();
    files['chapters/02-second.md'] = chapterFile(chapterFront());
    expect(problems(files)).toContain('story/chapters/02-second.md › id: duplicate chapter id "first"');
  });

  it('lists every problem across files at once, not only the first', () => {
    const files = validStoryFiles();
    files['chapters/01-first.md'] = chapterFile(chapterFront({ day: 'someday' }));
    files['calls.yaml'] = files['calls.yaml']!.replace(/time: .*/, 'time: "25:00"');
    const found = problems(files);
    expect(found).toEqual(expect.arrayContaining([
      expect.stringMatching(/^story\/chapters\/01-first\.md › day: expected one of sunday/),
      expect.stringMatching(/^story\/calls\.yaml › calls\[0\]\.time: expected a 24-hour time/),
    ]));
  });

  it('refuses a storyline the story does not declare, naming the ones it does', () => {
    const files = validStoryFiles();
    files['chapters/01-first.md'] = chapterFile(chapterFront({ thread: 'nobody' }));
    expect(problems(files)).toContain('story/chapters/01-first.md › thread: unknown storyline "nobody" (expected one of: kid, mum, together)');
  });

  it('refuses a storyline without a colour', () => {
    const files = validStoryFiles();
    const settings = parse(files['story.yaml']!) as { threads: Record<string, Record<string, unknown>> };
    delete settings.threads.mum!.colour;
    files['story.yaml'] = stringify(settings);
    expect(problems(files)).toEqual(expect.arrayContaining([expect.stringMatching(/^story\/story\.yaml › threads\.mum\.colour/)]));
  });

  it('refuses a chapter route that runs backwards', () => {
    const files = validStoryFiles();
    files['chapters/02-second.md'] = chapterFile(chapterFront({ id: 'second', route: { from: 'away', to: 'home' } }));
    expect(problems(files)).toEqual(['story/chapters/02-second.md › route: "home" comes before "away" on the route']);
  });

  it('flags a misspelled field instead of silently ignoring it', () => {
    const files = validStoryFiles();
    files['chapters/01-first.md'] = chapterFile(chapterFront({ titel: 'x' }));
    expect(problems(files).join('\n')).toMatch(/01-first\.md.*titel/);
  });
});
