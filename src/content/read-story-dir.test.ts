import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadStoryDir } from './read-story-dir.ts';
import { formatIssue } from './story-errors.ts';
import { validStoryFiles } from './story-files.fixture.ts';

function storyFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'story-'));
  for (const [file, text] of Object.entries(validStoryFiles())) {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
  return dir;
}
const problems = (dir: string) => {
  const result = loadStoryDir(dir, 'story');
  return result.ok ? [] : result.issues.map(formatIssue);
};

describe('loadStoryDir', () => {
  it('reads a folder written from the fixture', () => {
    expect(problems(storyFolder())).toEqual([]);
  });

  it('names a missing folder in one message', () => {
    expect(problems('/nonexistent/story')).toEqual([
      'story: story folder not found (looked in /nonexistent/story; set STORY_DIR or pass the folder)',
    ]);
  });

  it('names a file given instead of a folder', () => {
    const dir = storyFolder();
    expect(problems(join(dir, 'story.yaml'))).toEqual(['story: is a file, not a story folder']);
  });

  it('names a broken link and a loop of links', () => {
    const dir = storyFolder();
    symlinkSync(join(dir, 'gone.md'), join(dir, 'chapters/03-gone.md'));
    symlinkSync(join(dir, 'chapters/04-loop.md'), join(dir, 'chapters/04-loop.md'));
    expect(problems(dir)).toEqual([
      'story/chapters/03-gone.md: broken link: it points to a file that does not exist',
      'story/chapters/04-loop.md: broken link: it points back to itself (a loop of links)',
    ]);
  });

  it('leaves dotfiles and README.md alone', () => {
    const dir = storyFolder();
    writeFileSync(join(dir, 'chapters/.DS_Store'), '\u0000');
    writeFileSync(join(dir, 'README.md'), '# notes');
    expect(problems(dir)).toEqual([]);
  });
});

describe('npm run check:story', () => {
  it('prints a named problem, not a stack trace, for a missing folder', () => {
    let output = '';
    try {
      execFileSync('npx', ['tsx', 'scripts/check-story.ts', '/nonexistent/story'], { encoding: 'utf8', stdio: 'pipe' });
    } catch (error) {
      output = String((error as { stderr: string }).stderr);
    }
    expect(output).toContain('story folder not found');
    expect(output).not.toMatch(/\n\s+at /);
  }, 30_000);
});
