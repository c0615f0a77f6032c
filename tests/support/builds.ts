/** The builds the tests use: the two the Playwright config serves, and story variants built here. */
import { execFileSync } from 'node:child_process';
import { cpSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';

export const PORT = Number(process.env.PW_PORT ?? 4173);
const OUT = PORT === 4173 ? 'dist' : `dist-${PORT}`;
/** Built by the config's web servers before any test runs. */
export const storyBuild = resolve(OUT);
export const fixtureBuild = resolve(`${OUT}-fixture`);
/** Ports of the extra hosts, clear of the config's PORT and PORT + 1. */
export const hostPort = (n: number) => PORT + 1 + n;

/**
 * Builds a copy of the tiny fixture story after `edit` has changed it (a new deployment, a
 * story with very long words) into `dist-<port>-<name>`; a few seconds per build.
 */
export function buildFixtureVariant(name: string, edit: (storyDir: string) => void): string {
  const root = resolve(`${OUT}-${name}`);
  const storyDir = resolve(root, 'story');
  const outDir = resolve(root, 'site');
  rmSync(root, { recursive: true, force: true });
  cpSync(resolve('tests/fixtures/tiny-story'), storyDir, { recursive: true });
  edit(storyDir);
  execFileSync('npx', ['vite', 'build', '--logLevel', 'error', '--emptyOutDir'], {
    env: { ...process.env, STORY_DIR: storyDir, OUT_DIR: outDir },
    stdio: 'inherit',
  });
  return outDir;
}
