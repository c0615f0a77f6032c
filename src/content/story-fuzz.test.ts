/**
 * Story fuzz: 1,000 seeded mutants of the tiny fixture story (files deleted, emptied, cut,
 * renamed, re-encoded; YAML and language blocks broken; ids, numbers and keys changed). Every
 * mutant must either load with nothing lost, or fail with messages that name a file; the
 * validator never throws. Seeded, so a failure names a mutant that can be replayed.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { plainText } from './markdown';
import { parseStory, type ParseResult } from './parse-story';
import { readStoryDir } from './read-story-dir';

const BASE = readStoryDir(resolve(__dirname, '../../tests/fixtures/tiny-story'));
const MUTANTS = 1000;
const SEED = 20071;

type Files = Record<string, string>;
type Rng = () => number;

/** mulberry32: a small, fast, seedable generator. */
function rng(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const pick = <T>(r: Rng, items: readonly T[]): T => items[Math.floor(r() * items.length)]!;
const names = (f: Files, filter: (n: string) => boolean = () => true) => Object.keys(f).filter(filter).sort();
const isChapter = (n: string) => n.startsWith('chapters/');

function editLines(text: string, r: Rng, edit: (lines: string[], i: number) => void): string {
  const lines = text.split('\n');
  edit(lines, Math.floor(r() * lines.length));
  return lines.join('\n');
}

/** Each operator changes the files in place; the name says what a mutant did, for replaying. */
const OPERATORS: Record<string, (f: Files, r: Rng) => void> = {
  deleteFile: (f, r) => void delete f[pick(r, names(f))],
  emptyFile: (f, r) => void (f[pick(r, names(f))] = ''),
  whitespaceFile: (f, r) => void (f[pick(r, names(f))] = '\n\n  \n'),
  truncate: (f, r) => { const n = pick(r, names(f)); f[n] = f[n]!.slice(0, Math.floor(r() * f[n]!.length)); },
  bom: (f, r) => { const n = pick(r, names(f)); f[n] = `\uFEFF${f[n]}`; },
  crlfOne: (f, r) => { const n = pick(r, names(f)); f[n] = f[n]!.replace(/\n/g, '\r\n'); },
  crlfAll: (f) => { for (const n of names(f)) f[n] = f[n]!.replace(/\n/g, '\r\n'); },
  crOnly: (f, r) => { const n = pick(r, names(f)); f[n] = f[n]!.replace(/\n/g, '\r'); },
  bomCrlf: (f, r) => { const n = pick(r, names(f)); f[n] = `\uFEFF${f[n]!.replace(/\n/g, '\r\n')}`; },
  renameChapter: (f, r) => {
    const n = pick(r, names(f, isChapter));
    const base = n.slice('chapters/'.length, -'.md'.length);
    const to = pick(r, [`chapters/${base}.MD`, `chapters/${base}.markdown`, `chapters/${base}.txt`, `chapters/sub/${base}.md`, `Chapters/${base}.md`, `chapters/${base}.yml`]);
    f[to] = f[n]!;
    delete f[n];
  },
  strayFileInChapters: (f, r) => void (f[pick(r, ['chapters/notes.txt', 'chapters/old/01-x.md', 'chapters/draft.md.bak'])] = 'notes'),
  tabIndent: (f, r) => { const n = pick(r, names(f)); f[n] = editLines(f[n]!, r, (l, i) => (l[i] = `\t${l[i]}`)); },
  openBracket: (f, r) => { const n = pick(r, names(f)); f[n] = editLines(f[n]!, r, (l, i) => (l[i] = `${l[i]} [`)); },
  openQuote: (f, r) => { const n = pick(r, names(f)); f[n] = editLines(f[n]!, r, (l, i) => (l[i] = `${l[i]} "`)); },
  strayColon: (f, r) => { const n = pick(r, names(f)); f[n] = editLines(f[n]!, r, (l, i) => (l[i] = `${l[i]}: x: y`)); },
  deleteLine: (f, r) => { const n = pick(r, names(f)); f[n] = editLines(f[n]!, r, (l, i) => l.splice(i, 1)); },
  duplicateLine: (f, r) => { const n = pick(r, names(f)); f[n] = editLines(f[n]!, r, (l, i) => l.splice(i, 0, l[i] ?? '')); },
  swapLines: (f, r) => { const n = pick(r, names(f)); f[n] = editLines(f[n]!, r, (l, i) => { const j = Math.floor(r() * l.length); [l[i], l[j]] = [l[j]!, l[i]!]; }); },
  junkBytes: (f, r) => { const n = pick(r, names(f)); const at = Math.floor(r() * f[n]!.length); f[n] = `${f[n]!.slice(0, at)}\u0000\uFFFD\u202E${f[n]!.slice(at)}`; },
  longString: (f, r) => { const n = pick(r, names(f)); f[n] = f[n]!.replace(/(en: )([^,}\n]+)/, `$1${'x'.repeat(20_000)}`); },
  noFrontmatter: (f, r) => { const n = pick(r, names(f, isChapter)); f[n] = f[n]!.replace(/^---\n/, ''); },
  unclosedFrontmatter: (f, r) => { const n = pick(r, names(f, isChapter)); f[n] = f[n]!.replace(/\n---\n/, '\n'); },
  blankBeforeFrontmatter: (f, r) => { const n = pick(r, names(f, isChapter)); f[n] = `\n${f[n]}`; },
  duplicateBlock: (f, r) => { const n = pick(r, names(f, isChapter)); const lang = pick(r, ['es', 'en']); f[n] = `${f[n]}\n::: ${lang}\nA second block.\n:::\n`; },
  unclosedBlock: (f, r) => { const n = pick(r, names(f, isChapter)); const lang = pick(r, ['es', 'en']); f[n] = f[n]!.replace(new RegExp(`(::: ${lang}\\n[^]*?\\n):::\\n`), '$1'); },
  dropBlock: (f, r) => { const n = pick(r, names(f, isChapter)); const lang = pick(r, ['es', 'en']); f[n] = f[n]!.replace(new RegExp(`::: ${lang}\\n[^]*?\\n:::\\n?`), ''); },
  frenchBlock: (f, r) => { const n = pick(r, names(f, isChapter)); f[n] = `${f[n]}\n::: fr\nLe chat.\n:::\n`; },
  upperCaseBlock: (f, r) => { const n = pick(r, names(f, isChapter)); f[n] = f[n]!.replace('::: en', '::: EN'); },
  emptyBlock: (f, r) => { const n = pick(r, names(f, isChapter)); f[n] = f[n]!.replace(/::: en\n[^]*?\n:::/, '::: en\n:::'); },
  lookAlikeId: (f, r) => { const n = pick(r, names(f)); f[n] = f[n]!.replace(/id: ([a-z]+)/, (_, id: string) => `id: ${id.replace(/[ai]/, 'і')}`); },
  invisibleId: (f, r) => { const n = pick(r, names(f)); f[n] = f[n]!.replace(/id: ([a-z]+)/, 'id: $1\u200b'); },
  duplicateId: (f, r) => { const n = pick(r, names(f, isChapter)); f[n.replace('.md', '-copy.md')] = f[n]!; },
  numberAsString: (f, r) => { const n = pick(r, names(f)); f[n] = f[n]!.replace(/(-?\d+\.\d+)/, '"$1"'); },
  badNumber: (f, r) => { const n = pick(r, names(f)); f[n] = f[n]!.replace(/(-?\d+\.\d+)/, pick(r, ['.nan', '.inf', '999', '-1e400'])); },
  protoKey: (f, r) => { const n = pick(r, names(f, (x) => x.endsWith('.yaml'))); f[n] = `__proto__: { polluted: true }\n${f[n]}`; },
  yamlTag: (f, r) => { const n = pick(r, names(f, (x) => x.endsWith('.yaml'))); f[n] = f[n]!.replace(/en: /, 'en: !!binary '); },
  aliasBomb: (f, r) => { const n = pick(r, names(f, (x) => x.endsWith('.yaml'))); f[n] = `a: &a [x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c]\n${f[n]}`; },
  extraLanguage: (f, r) => { const n = pick(r, names(f)); f[n] = f[n]!.replace(/en: ([^,}\n]+)/, 'en: $1, fr: Le chat'); },
  noChapters: (f) => { for (const n of names(f, isChapter)) delete f[n]; },
  remoteStyle: (f, r) => void (f['story.yaml'] = `${f['story.yaml'] ?? ''}\nremoteStyle: ${pick(r, ['javascript:alert(1)', 'file:///etc/passwd', 'http://tiles.example.com/s.json', 'data:,x', 'https://tiles.example.com/s.json'])}\n`),
};
const OPERATOR_NAMES = Object.keys(OPERATORS);

function mutant(seed: number): { files: Files; ops: string[] } {
  const r = rng(seed);
  const files: Files = { ...BASE };
  const count = r() < 0.7 ? 1 : 2;
  const ops: string[] = [];
  for (let k = 0; k < count; k++) {
    // Round-robin first, so every operator runs about equally often; then at random.
    const op = k === 0 ? OPERATOR_NAMES[seed % OPERATOR_NAMES.length]! : pick(r, OPERATOR_NAMES);
    // A chapter operator needs a chapter left to change.
    if (names(files, isChapter).length === 0 || names(files).length === 0) break;
    OPERATORS[op]!(files, r);
    ops.push(op);
  }
  return { files, ops };
}

const clean = (t: string) => t.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');

/** Blocks of each language in a chapter file, as the writer typed them. */
function writtenBlocks(text: string): { lang: string; body: string }[] {
  return [...clean(text).matchAll(/^:::\s*([a-zA-Z]{2})\s*\n([^]*?)^:::\s*$/gm)].map((m) => ({ lang: m[1]!, body: m[2]! }));
}

/** Lengths of the lists in a YAML file, when the file parses on its own. */
function listLength(text: string | undefined, key: string): number | null {
  try {
    const data = parseYaml(clean(text ?? '')) as Record<string, unknown> | null;
    return Array.isArray(data?.[key]) ? (data[key] as unknown[]).length : null;
  } catch {
    return null;
  }
}

/** What was lost without a word, for a mutant the validator accepted ([] when nothing). */
function silentLosses(files: Files, result: Extract<ParseResult, { ok: true }>): string[] {
  const losses: string[] = [];
  const { story } = result;
  const loaded = new Set(story.chapters.map((c) => c.file));
  for (const f of names(files, (n) => n.toLowerCase().startsWith('chapters/'))) {
    if (!loaded.has(f)) losses.push(`${f} was not read`);
  }
  for (const chapter of story.chapters) {
    const blocks = writtenBlocks(files[chapter.file] ?? '');
    for (const lang of ['es', 'en'] as const) {
      const mine = blocks.filter((b) => b.lang === lang);
      if (mine.length !== 1) losses.push(`${chapter.file}: ${mine.length} "::: ${lang}" blocks accepted`);
      const shown = plainText(chapter.body[lang]);
      for (const word of mine[0]?.body.match(/[\p{L}\p{N}]+/gu) ?? []) {
        if (!shown.includes(word)) losses.push(`${chapter.file}: "${word}" (${lang}) is not shown`);
      }
    }
    for (const b of blocks) if (b.lang !== 'es' && b.lang !== 'en') losses.push(`${chapter.file}: "::: ${b.lang}" block dropped`);
  }
  for (const [file, key, got] of [['places.yaml', 'places', story.places.length], ['characters.yaml', 'characters', story.characters.length], ['calls.yaml', 'calls', story.calls.length]] as const) {
    const written = listLength(files[file], key);
    if (written !== null && written !== got) losses.push(`${file}: ${written} ${key} written, ${got} loaded`);
  }
  return losses;
}

describe('story fuzz', () => {
  it(`${MUTANTS} seeded mutants: each loads whole or fails with named errors; none crashes`, () => {
    const crashes: string[] = [];
    const losses: string[] = [];
    const unnamed: string[] = [];
    let accepted = 0;
    for (let i = 0; i < MUTANTS; i++) {
      const { files, ops } = mutant(SEED + i);
      const label = `mutant ${SEED + i} (${ops.join(' + ')})`;
      let result: ParseResult;
      try {
        result = parseStory(files, 'story');
      } catch (error) {
        crashes.push(`${label}: ${String(error)}`);
        continue;
      }
      if (result.ok) {
        accepted++;
        for (const loss of silentLosses(files, result)) losses.push(`${label}: ${loss}`);
        continue;
      }
      if (result.issues.length === 0) unnamed.push(`${label}: rejected without a message`);
      for (const issue of result.issues) {
        const named = /^story\/\S/.test(issue.file) && issue.message.trim().length > 0;
        const raw = /\n\s+at |\[object |undefined|ReferenceError|TypeError/.test(issue.message);
        if (!named || raw) unnamed.push(`${label}: ${issue.file} › ${issue.path}: ${issue.message.slice(0, 160)}`);
      }
    }
    expect(crashes).toEqual([]);
    expect(losses).toEqual([]);
    expect(unnamed).toEqual([]);
    // Both outcomes occur: the fuzz exercises the accepting path too.
    expect(accepted).toBeGreaterThan(50);
    expect(MUTANTS - accepted).toBeGreaterThan(500);
  }, 60_000);
});
