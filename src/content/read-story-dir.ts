/** Node-side: reads a story folder into the `{ relativePath: text }` map `parseStory` takes. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { parseStory, type ParseResult } from './parse-story.ts';

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

export function resolveStoryDir(root: string, env: string | undefined = process.env.STORY_DIR): string {
  return resolve(root, env ?? 'story');
}

export function readStoryDir(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const full of walk(dir)) {
    if (!/\.(ya?ml|md|json)$/.test(full) || full.endsWith('README.md')) continue;
    files[relative(dir, full).split(sep).join('/')] = readFileSync(full, 'utf8');
  }
  return files;
}

export function loadStoryDir(dir: string, label: string): ParseResult {
  return parseStory(readStoryDir(dir), label);
}
