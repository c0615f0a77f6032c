/** Nothing a story folder holds is lost without a word: odd files, encodings and blocks. */
import { describe, expect, it } from 'vitest';
import { parseStory } from './parse-story.ts';
import { formatIssue } from './story-errors.ts';
import { validStoryFiles } from './story-files.fixture.ts';

function problems(files: Record<string, string>): string[] {
  const result = parseStory(files);
  return result.ok ? [] : result.issues.map(formatIssue);
}

const renamed = (to: string) => {
  const files = validStoryFiles();
  files[to] = files['chapters/02-second.md']!;
  delete files['chapters/02-second.md'];
  return files;
};

describe('files under chapters/', () => {
  it.each([
    ['chapters/02-second.MD', 'chapter files end in ".md" (lower case)'],
    ['chapters/02-second.markdown', 'chapter files end in ".md" (lower case)'],
    ['chapters/02-second.txt', 'chapter files end in ".md" (lower case)'],
    ['chapters/extra/02-second.md', 'it is in a subfolder'],
    ['chapters/02-second.md.bak', 'only Markdown chapter files'],
  ])('names %s instead of dropping it', (file, why) => {
    expect(problems(renamed(file))).toContainEqual(expect.stringContaining(`story/${file}: not a chapter file: ${why}`));
  });

  it('names a chapter put in "Chapters/"', () => {
    expect(problems(renamed('Chapters/02-second.md'))).toContainEqual(
      'story/Chapters/02-second.md: not read: chapter files go in "chapters/" (lower case), not "Chapters/"',
    );
  });
});

describe('encodings', () => {
  it('reads files with a byte-order mark, CRLF or CR-only line ends as the same story', () => {
    const files = validStoryFiles();
    const odd = Object.fromEntries(
      Object.entries(files).map(([f, t], i) => [f, [`\uFEFF${t}`, t.replace(/\n/g, '\r\n'), t.replace(/\n/g, '\r')][i % 3]!]),
    );
    const plain = parseStory(files);
    const read = parseStory(odd);
    expect(read.ok).toBe(true);
    if (read.ok && plain.ok) expect(read.story).toEqual(plain.story);
  });

  it('calls an empty file empty, once', () => {
    expect(problems({ ...validStoryFiles(), 'story.yaml': '' })).toEqual(['story/story.yaml: file is empty']);
    expect(problems({ ...validStoryFiles(), 'places.yaml': '# nothing yet\n' })).toEqual([
      'story/places.yaml: file has no data (only comments or blank lines)',
    ]);
    expect(problems({ ...validStoryFiles(), 'chapters/01-first.md': '\n' })).toContain('story/chapters/01-first.md: file is empty');
  });

  it('gives one message for a YAML syntax error, not a second "missing field"', () => {
    const found = problems({ ...validStoryFiles(), 'calls.yaml': 'calls: [\n' });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^story\/calls\.yaml › line \d+, column \d+: YAML syntax error/);
  });

  it('names the alias limit without an internal error class', () => {
    const bomb = 'a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\n';
    const [message = ''] = problems({ ...validStoryFiles(), 'places.yaml': bomb });
    expect(message).toMatch(/^story\/places\.yaml: YAML could not be read: /);
    expect(message).not.toMatch(/ReferenceError/);
  });
});

describe('language blocks', () => {
  const chapter = (body: string) => ({ ...validStoryFiles(), 'chapters/01-first.md': validStoryFiles()['chapters/01-first.md']!.replace(/::: es[^]*$/, body) });

  it('names a second block of one language instead of replacing the first', () => {
    expect(problems(chapter('::: es\nHola.\n:::\n::: en\nHello.\n:::\n::: en\nAgain.\n:::\n'))).toEqual([
      'story/chapters/01-first.md › body.en: a second "::: en" block: each language has one block per chapter (merge them)',
    ]);
  });

  it('reports an unclosed block as unclosed, not as a missing translation', () => {
    expect(problems(chapter('::: es\nHola.\n::: en\nHello.\n:::\n'))).toEqual([
      'story/chapters/01-first.md › body.es: the "::: es" block is not closed: end it with a line ":::"',
    ]);
  });

  it('names a block in a language the story does not have', () => {
    expect(problems(chapter('::: es\nHola.\n:::\n::: en\nHello.\n:::\n::: fr\nBonjour.\n:::\n'))).toEqual([
      'story/chapters/01-first.md › body.fr: a "::: fr" block: the story is told in es and en only',
    ]);
  });
});

describe('remoteStyle', () => {
  it.each(['javascript:alert(1)', 'file:///etc/passwd', 'http://tiles.example.com/style.json', 'data:,x'])('refuses %s', (url) => {
    const files = validStoryFiles();
    files['story.yaml'] = `${files['story.yaml']}remoteStyle: "${url}"\n`;
    expect(problems(files)).toEqual([expect.stringMatching(/^story\/story\.yaml › remoteStyle: expected an https:\/\/ address/)]);
  });

  it('accepts an https address', () => {
    const files = validStoryFiles();
    files['story.yaml'] = `${files['story.yaml']}remoteStyle: https://tiles.example.com/style.json\n`;
    expect(problems(files)).toEqual([]);
  });
});
