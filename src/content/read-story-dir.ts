/**
 * Node-side: reads a story folder into the `{ relativePath: text }` map `parseStory` takes.
 * Every file is read (dotfiles and README.md aside), so `parseStory` can name any file it
 * does not use; what cannot be read at all (a missing folder, a broken link) becomes a named
 * problem, never a stack trace.
 */
import { lstatSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { parseStory, type ParseResult } from './parse-story.ts';
import type { StoryIssue } from './story-errors.ts';

export interface StoryFolder {
  files: Record<string, string>;
  /** Files or folders that could not be read, each with its own message. */
  problems: StoryIssue[];
}

const skipped = (name: string) => name.startsWith('.') || name === 'README.md';

function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOENT') return 'broken link: it points to a file that does not exist';
  if (code === 'ELOOP') return 'broken link: it points back to itself (a loop of links)';
  if (code === 'EACCES' || code === 'EPERM') return 'could not be read: permission denied';
  return `could not be read (${code ?? 'unknown error'})`;
}

export function readStoryFolder(dir: string, label = 'story'): StoryFolder {
  const files: Record<string, string> = {};
  const problems: StoryIssue[] = [];
  const rel = (full: string) => relative(dir, full).split(sep).join('/');
  const walk = (folder: string) => {
    for (const name of readdirSync(folder).sort()) {
      if (skipped(name)) continue;
      const full = join(folder, name);
      try {
        // statSync follows links: a broken one throws here and is named below.
        const info = lstatSync(full).isSymbolicLink() ? statSync(full) : lstatSync(full);
        if (info.isDirectory()) walk(full);
        else files[rel(full)] = readFileSync(full, 'utf8');
      } catch (error) {
        problems.push({ file: `${label}/${rel(full)}`, path: '', message: reason(error) });
      }
    }
  };
  let info;
  try {
    info = statSync(dir);
  } catch {
    return { files, problems: [{ file: label, path: '', message: `story folder not found (looked in ${dir}; set STORY_DIR or pass the folder)` }] };
  }
  if (!info.isDirectory()) return { files, problems: [{ file: label, path: '', message: 'is a file, not a story folder' }] };
  try {
    walk(dir);
  } catch (error) {
    problems.push({ file: label, path: '', message: reason(error) });
  }
  return { files, problems };
}

export function resolveStoryDir(root: string, env: string | undefined = process.env.STORY_DIR): string {
  return resolve(root, env ?? 'story');
}

export function readStoryDir(dir: string): Record<string, string> {
  return readStoryFolder(dir).files;
}

export function loadStoryDir(dir: string, label: string): ParseResult {
  const { files, problems } = readStoryFolder(dir, label);
  // No folder at all: one message, not one "file is missing" per file.
  if (problems.some((p) => p.file === label)) return { ok: false, issues: problems };
  const result = parseStory(files, label);
  if (problems.length === 0) return result;
  return { ok: false, issues: [...problems, ...(result.ok ? [] : result.issues)] };
}
