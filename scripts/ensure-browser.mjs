#!/usr/bin/env node
/**
 * Finds a Chromium for the end-to-end tests, installing one when none is found, and prints
 * what it did. Used by `npm test` (scripts/test-all.mjs); run alone with `node scripts/ensure-browser.mjs`.
 *
 * Order: CHROMIUM_PATH (a binary; "" means Playwright's own browser) → the system's Chromium
 * (Debian/Ubuntu paths, then the PATH) → Playwright's cached browser → install: Playwright's
 * download first, then the system package manager when we are root or sudo needs no password.
 * Only when both installs fail does it stop, with the exact commands to run.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { delimiter, join } from 'node:path';

const SYSTEM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/snap/bin/chromium'];
const PATH_NAMES = ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome'];
/** Playwright's download can hang on a closed network; give up after this long (ms). */
const DOWNLOAD_TIMEOUT_MS = 120_000;

function onPath(name) {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir && existsSync(join(dir, name))) return join(dir, name);
  }
  return null;
}

/** Playwright's own Chromium, if it has been downloaded (`npx playwright install chromium`). */
function playwrightBrowser() {
  try {
    const require = createRequire(import.meta.url);
    const { chromium } = require('playwright-core');
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

export function findBrowser() {
  const env = process.env.CHROMIUM_PATH;
  if (env !== undefined && env !== '') {
    if (existsSync(env)) return { path: env, how: 'CHROMIUM_PATH' };
    return { error: `CHROMIUM_PATH is set to ${env}, but no file is there.` };
  }
  if (env === undefined) {
    for (const p of SYSTEM_PATHS) if (existsSync(p)) return { path: p, how: 'the system Chromium' };
    for (const n of PATH_NAMES) {
      const p = onPath(n);
      if (p) return { path: p, how: `${n} on the PATH` };
    }
  }
  const own = playwrightBrowser();
  if (own) return { path: '', how: `Playwright's own Chromium (${own})` };
  return null;
}

function run(cmd, args, timeout) {
  console.log(`  $ ${[cmd, ...args].join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', timeout });
  return r.status === 0;
}

function canUseApt() {
  if (!onPath('apt-get')) return null;
  if (process.getuid?.() === 0) return [];
  if (onPath('sudo') && spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0) return ['sudo', '-n'];
  return null;
}

function install() {
  console.log('No Chromium found for the end-to-end tests; installing one.');
  console.log("1. Playwright's own download:");
  if (run('npx', ['--yes', 'playwright', 'install', 'chromium'], DOWNLOAD_TIMEOUT_MS)) {
    const found = findBrowser();
    if (found) return found;
  }
  const apt = canUseApt();
  if (apt) {
    console.log("2. The system's package (Debian/Ubuntu: chromium):");
    const [sudo, ...sudoArgs] = apt;
    const wrap = (args) => (sudo ? [sudo, [...sudoArgs, ...args]] : [args[0], args.slice(1)]);
    run(...wrap(['apt-get', 'update', '-qq']));
    const [cmd, args] = wrap(['env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get', 'install', '-y', '-qq', 'chromium']);
    if (run(cmd, args)) {
      const found = findBrowser();
      if (found) return found;
    }
  } else {
    console.log('2. Skipped the system package: no apt-get, or sudo would ask for a password.');
  }
  return null;
}

const HOW_TO =
  'Could not find or install a Chromium. Run one of these, then `npm test` again:\n' +
  '  sudo apt-get install -y chromium          (Debian/Ubuntu)\n' +
  '  npx playwright install --with-deps chromium\n' +
  '  CHROMIUM_PATH=/path/to/chromium npm test  (any Chromium or Chrome you already have)';

/** Resolves the browser (installing if needed) and returns the CHROMIUM_PATH value for children. */
export function ensureBrowser() {
  let found = findBrowser();
  if (found?.error) {
    console.error(found.error);
    console.error(HOW_TO);
    return null;
  }
  if (!found) found = install();
  if (!found) {
    console.error(HOW_TO);
    return null;
  }
  console.log(`Browser for end-to-end tests: ${found.path || "Playwright's own"} (${found.how}).`);
  return found.path;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exit(ensureBrowser() === null ? 1 : 0);
}
