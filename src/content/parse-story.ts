/**
 * Turns the raw files of a story folder into a validated `Story`, or into the complete list
 * of problems (every file, every field), never only the first. Pure: no file system, so the
 * same code runs in the Vite plugin, the `check:story` command and the tests.
 */
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { z } from 'zod';
import { parseMarkdown, splitLanguageBlocks } from './markdown.ts';
import {
  callSchema, chapterFrontmatterSchema, characterSchema, LANGS, placeSchema, routeSchema,
  storySettingsSchema,
} from './schema.ts';
import { pathToString, type StoryIssue } from './story-errors.ts';
import type { Chapter, Story, Teaching } from './story-types.ts';
import { checkReferences } from './check-references.ts';

export type StoryFiles = Readonly<Record<string, string>>;
export type ParseResult = { ok: true; story: Story } | { ok: false; issues: StoryIssue[] };

class Collector {
  readonly issues: StoryIssue[] = [];
  constructor(private readonly dir: string) {}
  add(file: string, path: string, message: string): void {
    this.issues.push({ file: `${this.dir}/${file}`, path, message });
  }
  zod(file: string, error: z.ZodError, prefix: readonly PropertyKey[] = []): void {
    for (const issue of error.issues) {
      const message = issue.message.includes('received undefined')
        ? `missing field (${issue.message.replace(/^Invalid input: /, '')})`
        : issue.message;
      this.add(file, pathToString([...prefix, ...issue.path]), message);
    }
  }
}

function readYaml(files: StoryFiles, file: string, out: Collector): unknown {
  const text = files[file];
  if (text === undefined) {
    out.add(file, '', 'file is missing');
    return undefined;
  }
  try {
    return parseYaml(text, { logLevel: 'error' });
  } catch (e) {
    if (e instanceof YAMLParseError) {
      const pos = e.linePos?.[0];
      const where = pos ? `line ${pos.line}, column ${pos.col}` : '';
      out.add(file, where, `YAML syntax error: ${e.message.split('\n')[0]}`);
    } else out.add(file, '', `could not be read: ${String(e)}`);
    return undefined;
  }
}

function validate<T>(schema: z.ZodType<T>, value: unknown, file: string, out: Collector): T | undefined {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  out.zod(file, result.error);
  return undefined;
}

const listFile = <T extends z.ZodType>(key: string, item: T) =>
  z.strictObject({ [key]: z.array(item) } as Record<string, z.ZodArray<T>>);

function parseChapter(file: string, text: string, index: number, out: Collector): { chapter: Chapter; teaching: Teaching } | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  if (!match) {
    out.add(file, '', 'expected a frontmatter block between two "---" lines at the top');
    return undefined;
  }
  let data: unknown;
  try {
    data = parseYaml(match[1] ?? '', { logLevel: 'error' });
  } catch (e) {
    const pos = e instanceof YAMLParseError ? e.linePos?.[0] : undefined;
    out.add(file, pos ? `frontmatter line ${pos.line + 1}` : 'frontmatter', `YAML syntax error: ${String((e as Error).message).split('\n')[0]}`);
    return undefined;
  }
  const front = validate(chapterFrontmatterSchema, data, file, out);
  const { blocks, stray } = splitLanguageBlocks(match[2] ?? '');
  if (stray) out.add(file, 'body', 'text outside a language block: put it inside "::: es" … ":::" or "::: en" … ":::"');
  for (const lang of LANGS) {
    if (!blocks[lang]) out.add(file, `body.${lang}`, `missing translation: expected a "::: ${lang}" block with text`);
  }
  if (!front || !blocks.es || !blocks.en) return undefined;
  const { notes, questions, ...reader } = front;
  return {
    chapter: { ...reader, index, file, body: { es: parseMarkdown(blocks.es), en: parseMarkdown(blocks.en) } },
    teaching: { ...(notes ? { notes } : {}), questions },
  };
}

/** Parses and validates a whole story folder given as `{ relativePath: text }`. */
export function parseStory(files: StoryFiles, dir = 'story'): ParseResult {
  const out = new Collector(dir);
  const settings = validate(storySettingsSchema, readYaml(files, 'story.yaml', out), 'story.yaml', out);
  const places = validate(listFile('places', placeSchema), readYaml(files, 'places.yaml', out), 'places.yaml', out);
  const characters = validate(listFile('characters', characterSchema), readYaml(files, 'characters.yaml', out), 'characters.yaml', out);
  const calls = validate(listFile('calls', callSchema), readYaml(files, 'calls.yaml', out), 'calls.yaml', out);
  const route = validate(routeSchema, readYaml(files, 'route.yaml', out), 'route.yaml', out);

  const chapterFiles = Object.keys(files).filter((f) => /^chapters\/[^/]+\.md$/.test(f)).sort();
  if (chapterFiles.length === 0) out.add('chapters/', '', 'expected at least one chapter file (chapters/NN-name.md)');
  const parsed = chapterFiles
    .map((f, i) => parseChapter(f, files[f] ?? '', i, out))
    .filter((c) => c !== undefined);
  const chapters = parsed.map((p) => p.chapter);
  const teaching = Object.fromEntries(parsed.map((p) => [p.chapter.id, p.teaching]));

  if (out.issues.length > 0 || !settings || !places || !characters || !calls || !route) {
    return { ok: false, issues: out.issues };
  }
  const { classroom, ...readerSettings } = settings;
  const story: Story = {
    settings: readerSettings,
    chapters,
    places: places.places ?? [],
    characters: characters.characters ?? [],
    calls: calls.calls ?? [],
    route: { coordinates: [], stops: [] },
    teaching,
    classroom,
  };
  const refs = checkReferences(story, route, (file, path, message) => out.add(file, path, message));
  if (out.issues.length > 0 || !refs) return { ok: false, issues: out.issues };
  return { ok: true, story: { ...story, route: refs } };
}
