/** The validator never crashes: any input gives either a valid story or messages. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { parseStory } from './parse-story';
import { validStoryFiles } from './story-files.fixture';

function outcomeIsWellFormed(files: Record<string, string>): void {
  const result = parseStory(files);
  if (result.ok) {
    expect(result.story.chapters.length).toBeGreaterThan(0);
  } else {
    expect(result.issues.length).toBeGreaterThan(0);
    for (const issue of result.issues) {
      expect(issue.file).toMatch(/^story\//);
      expect(typeof issue.message).toBe('string');
      expect(issue.message.length).toBeGreaterThan(0);
    }
  }
}

/** Replaces the value at a random place in a parsed YAML tree. */
function mutate(tree: unknown, picks: number[], value: unknown): unknown {
  if (picks.length === 0 || tree === null || typeof tree !== 'object') return value;
  const keys = Object.keys(tree);
  if (keys.length === 0) return value;
  const key = keys[picks[0]! % keys.length]!;
  const copy: Record<string, unknown> = Array.isArray(tree) ? [...tree] as unknown as Record<string, unknown> : { ...tree };
  copy[key] = mutate((tree as Record<string, unknown>)[key], picks.slice(1), value);
  return copy;
}

const fileNames = Object.keys(validStoryFiles());

/**
 * Fixed runs and a fixed seed, so every machine checks the same inputs; the time budget is
 * explicit and generous because the work grows with the runs (each run parses a whole story,
 * about 17 ms on this 2-core machine while other work runs), not left to vitest's 5 s default.
 */
const SEED = 20_261_130;
const BUDGET_MS = 120_000;

describe('parseStory on random input', () => {
  it('never throws on arbitrary file texts', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...fileNames, 'chapters/03-x.md'), fc.string({ maxLength: 300 })), (over) => {
        outcomeIsWellFormed({ ...validStoryFiles(), ...over });
      }),
      { numRuns: 300, seed: SEED },
    );
  }, BUDGET_MS);

  it('never throws when any field of a valid story is replaced by any value', () => {
    const yamlFiles = fileNames.filter((f) => f.endsWith('.yaml'));
    fc.assert(
      fc.property(fc.constantFrom(...yamlFiles), fc.array(fc.nat(), { minLength: 1, maxLength: 5 }), fc.jsonValue(), (file, picks, value) => {
        const files = validStoryFiles();
        files[file] = stringify(mutate(parse(files[file]!), picks, value)) ?? '';
        outcomeIsWellFormed(files);
      }),
      { numRuns: 500, seed: SEED },
    );
  }, BUDGET_MS);

  it('never throws when a chapter’s frontmatter or body is cut anywhere', () => {
    fc.assert(
      fc.property(fc.nat(), fc.nat(), (cut, chapterPick) => {
        const files = validStoryFiles();
        const name = fileNames.filter((f) => f.startsWith('chapters/'))[chapterPick % 2]!;
        files[name] = files[name]!.slice(0, cut % (files[name]!.length + 1));
        outcomeIsWellFormed(files);
      }),
      { numRuns: 300, seed: SEED },
    );
  }, BUDGET_MS);
});
