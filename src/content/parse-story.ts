/**
 * Turns the raw files of a story folder into a validated `Story`, or into the complete list
 * of problems (every file, every field), never only the first. Pure: no file system, so the
 * same code runs in the Vite plugin, the `check:story` command and the tests.
 */
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { z } from 'zod';
import { parseMarkdown, splitLanguageBlocks } from './markdown.ts';
import {
  callSchema, chapterFrontmatterSchema, characterSchema, gazetteerEntrySchema, LANGS, placeSchema, routeSchema,
  storySettingsSchema,
} from './schema.ts';
import { pathToString, type StoryIssue } from './story-errors.ts';
import type { Chapter, ChapterLanguage, Story, Teaching } from './story-types.ts';
import { occursIn } from './glossary-match.ts';
import { checkReferences } from './check-references.ts';
import { PLAN_FILE, planSchema, type Plan } from './plan-schema.ts';

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
        ? `missing field (${issue.message.replace(/^Invalid input: /, '').replace(/, received undefined$/, '')})`
        : issue.message;
      this.add(file, pathToString([...prefix, ...issue.path]), message);
    }
  }
}

/** The first line of an error's message, without its class name ("ReferenceError: …"). */
const firstLine = (e: unknown) => (e instanceof Error ? e.message : String(e)).split('\n')[0] ?? '';

/**
 * YAML texts already parsed, by text: a story edited in the dev server (or mutated by the
 * fuzz test) changes one file at a time, and the others need not be parsed again. The data
 * is frozen, so no caller can change what another one gets; errors are kept and re-thrown.
 */
const yamlCache = new Map<string, { data: unknown } | { error: unknown }>();
function parseYamlOnce(text: string): unknown {
  let hit = yamlCache.get(text);
  if (!hit) {
    try {
      hit = { data: deepFreeze(parseYaml(text, { logLevel: 'error' })) };
    } catch (error) {
      hit = { error };
    }
    if (yamlCache.size > 200) yamlCache.clear();
    yamlCache.set(text, hit);
  }
  if ('error' in hit) throw hit.error;
  return hit.data;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/** Marks a file that already has its one message: it is not also checked field by field. */
const UNREADABLE = Symbol('unreadable');

function readYaml(files: StoryFiles, file: string, out: Collector): unknown {
  const text = files[file];
  if (text === undefined) {
    out.add(file, '', 'file is missing');
    return UNREADABLE;
  }
  try {
    const data: unknown = parseYamlOnce(text);
    if (data === null || data === undefined) {
      out.add(file, '', text.trim() ? 'file has no data (only comments or blank lines)' : 'file is empty');
      return UNREADABLE;
    }
    return data;
  } catch (e) {
    if (e instanceof YAMLParseError) {
      const pos = e.linePos?.[0];
      const where = pos ? `line ${pos.line}, column ${pos.col}` : '';
      out.add(file, where, `YAML syntax error: ${firstLine(e)}`);
    } else out.add(file, '', `YAML could not be read: ${firstLine(e)}`);
    return UNREADABLE;
  }
}

function validate<T>(schema: z.ZodType<T>, value: unknown, file: string, out: Collector): T | undefined {
  if (value === UNREADABLE) return undefined;
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  out.zod(file, result.error);
  return undefined;
}

const listFile = <T extends z.ZodType>(key: string, item: T) =>
  z.strictObject({ [key]: z.array(item) } as Record<string, z.ZodArray<T>>);

const LANGUAGE_NAME = { es: 'Spanish', en: 'English' } as const;

/** Each glossary entry must be found in its chapter's text, in its own language, to be marked there. */
function checkGlossary(file: string, language: ChapterLanguage, body: Chapter['body'], out: Collector): void {
  language.glossary.forEach((entry, i) => {
    for (const lang of LANGS) {
      if (!occursIn(body[lang], entry[lang])) {
        out.add(file, `glossary[${i}].${lang}`, `"${entry[lang]}" does not occur in the chapter's ${LANGUAGE_NAME[lang]} text (write it as it appears there: whole words, not across bold or a link)`);
      }
    }
  });
}

function parseChapter(file: string, text: string, index: number, out: Collector): { chapter: Chapter; teaching: Teaching; language: ChapterLanguage } | undefined {
  if (!text.trim()) {
    out.add(file, '', 'file is empty');
    return undefined;
  }
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  if (!match) {
    out.add(file, '', 'expected a frontmatter block between two "---" lines at the top');
    return undefined;
  }
  let data: unknown;
  try {
    data = parseYamlOnce(match[1] ?? '');
  } catch (e) {
    const pos = e instanceof YAMLParseError ? e.linePos?.[0] : undefined;
    out.add(file, pos ? `frontmatter line ${pos.line + 1}` : 'frontmatter', `YAML syntax error: ${firstLine(e).replace(/ at line \d+, column \d+:?$/, '')}`);
    return undefined;
  }
  const front = validate(chapterFrontmatterSchema, data, file, out);
  const { blocks, stray, duplicates, unclosed } = splitLanguageBlocks(match[2] ?? '');
  if (stray) out.add(file, 'body', 'text outside a language block: put it inside "::: es" … ":::" or "::: en" … ":::"');
  for (const lang of unclosed) out.add(file, `body.${lang}`, `the "::: ${lang}" block is not closed: end it with a line ":::"`);
  for (const lang of duplicates) out.add(file, `body.${lang}`, `a second "::: ${lang}" block: each language has one block per chapter (merge them)`);
  for (const lang of Object.keys(blocks)) {
    if (!(LANGS as readonly string[]).includes(lang)) out.add(file, `body.${lang}`, `a "::: ${lang}" block: the story is told in ${LANGS.join(' and ')} only`);
  }
  for (const lang of LANGS) {
    if (!blocks[lang] && !unclosed.includes(lang)) out.add(file, `body.${lang}`, `missing translation: expected a "::: ${lang}" block with text`);
  }
  if (unclosed.length > 0 || duplicates.length > 0) return undefined;
  if (!front || !blocks.es || !blocks.en) return undefined;
  const { notes, questions, glossary, comprehension, ...reader } = front;
  const body = { es: parseMarkdown(blocks.es), en: parseMarkdown(blocks.en) };
  const language = { glossary, comprehension };
  checkGlossary(file, language, body, out);
  return {
    chapter: { ...reader, index, file, body },
    teaching: { ...(notes ? { notes } : {}), questions },
    language,
  };
}

/** Text as the editor meant it: no byte-order mark, and `\n` line ends (not CRLF or CR). */
function normalise(input: StoryFiles): StoryFiles {
  return Object.fromEntries(Object.entries(input).map(([f, t]) => [f, t.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')]));
}

const CHAPTER_FILE = /^chapters\/[^/]+\.md$/;

/** Every file under chapters/ is a chapter or gets a message saying why it was not read. */
function chapterFilesOf(files: StoryFiles, out: Collector): string[] {
  for (const f of Object.keys(files).sort()) {
    const [top = '', ...rest] = f.split('/');
    if (top !== 'chapters' && top.toLowerCase() === 'chapters' && rest.length > 0) {
      out.add(f, '', `not read: chapter files go in "chapters/" (lower case), not "${top}/"`);
    } else if (top === 'chapters' && !CHAPTER_FILE.test(f)) {
      const why = rest.length > 1
        ? 'it is in a subfolder; chapter files go directly in chapters/'
        : /\.(md|markdown|txt)$/i.test(f)
          ? 'chapter files end in ".md" (lower case); rename it'
          : 'only Markdown chapter files (NN-name.md) belong in chapters/';
      out.add(f, '', `not a chapter file: ${why}`);
    }
  }
  return Object.keys(files).filter((f) => CHAPTER_FILE.test(f)).sort();
}

/** The drawn plans (plans/*.yaml), each tied to a place that exists, at most one per place. */
function parsePlans(files: StoryFiles, places: readonly { id: string }[], out: Collector): Plan[] {
  const known = new Set(places.map((p) => p.id));
  const planned = new Map<string, string>();
  const plans: Plan[] = [];
  for (const file of Object.keys(files).filter((f) => PLAN_FILE.test(f)).sort()) {
    const plan = validate(planSchema, readYaml(files, file, out), file, out);
    if (!plan) continue;
    if (known.size > 0 && !known.has(plan.place)) out.add(file, 'place', `unknown place "${plan.place}" (expected an id from places.yaml)`);
    const other = planned.get(plan.place);
    if (other) out.add(file, 'place', `"${plan.place}" already has a plan (${other}): one plan per place`);
    planned.set(plan.place, file);
    plans.push(plan);
  }
  return plans;
}

/** Parses and validates a whole story folder given as `{ relativePath: text }`. */
export function parseStory(input: StoryFiles, dir = 'story'): ParseResult {
  const files = normalise(input);
  const out = new Collector(dir);
  const settings = validate(storySettingsSchema, readYaml(files, 'story.yaml', out), 'story.yaml', out);
  const places = validate(listFile('places', placeSchema), readYaml(files, 'places.yaml', out), 'places.yaml', out);
  const characters = validate(listFile('characters', characterSchema), readYaml(files, 'characters.yaml', out), 'characters.yaml', out);
  const calls = validate(listFile('calls', callSchema), readYaml(files, 'calls.yaml', out), 'calls.yaml', out);
  const route = validate(routeSchema, readYaml(files, 'route.yaml', out), 'route.yaml', out);
  // Optional: a story without a gazetteer has no extra names on its map.
  const gazetteer = files['gazetteer.yaml'] === undefined ? { names: [] }
    : validate(listFile('names', gazetteerEntrySchema), readYaml(files, 'gazetteer.yaml', out), 'gazetteer.yaml', out);

  const plans = parsePlans(files, places?.places ?? [], out);

  const chapterFiles = chapterFilesOf(files, out);
  if (chapterFiles.length === 0) out.add('chapters/', '', 'expected at least one chapter file (chapters/NN-name.md)');
  const parsed = chapterFiles
    .map((f, i) => parseChapter(f, files[f] ?? '', i, out))
    .filter((c) => c !== undefined);
  const chapters = parsed.map((p) => p.chapter);
  const teaching = Object.fromEntries(parsed.map((p) => [p.chapter.id, p.teaching]));
  const language = Object.fromEntries(parsed.map((p) => [p.chapter.id, p.language]));

  if (out.issues.length > 0 || !settings || !places || !characters || !calls || !route || !gazetteer) {
    return { ok: false, issues: out.issues };
  }
  const { classroom, ...readerSettings } = settings;
  const story: Story = {
    settings: readerSettings,
    chapters,
    places: places.places ?? [],
    characters: characters.characters ?? [],
    calls: calls.calls ?? [],
    gazetteer: gazetteer.names ?? [],
    plans,
    route: { coordinates: [], stops: [] },
    teaching,
    classroom,
    language,
  };
  const refs = checkReferences(story, route, (file, path, message) => out.add(file, path, message));
  if (out.issues.length > 0 || !refs) return { ok: false, issues: out.issues };
  return { ok: true, story: { ...story, route: refs } };
}
