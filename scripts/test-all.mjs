#!/usr/bin/env node
/**
 * `npm test`: the whole suite — vitest (unit) then Playwright (end to end, real Chromium) —
 * ending with the one line CI reads: "N passed, N failed".
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const browser = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (browser !== '' && !existsSync(browser)) {
  console.error(
    `No Chromium found at ${browser}.\n` +
      "  Debian/Ubuntu: sudo apt-get install -y chromium\n" +
      '  Or point CHROMIUM_PATH at a Chromium binary, or set CHROMIUM_PATH="" after `npx playwright install chromium`.',
  );
  process.exit(1);
}

// Playwright empties test-results/ when it starts, so vitest reports beside it.
mkdirSync('.test-reports', { recursive: true });
for (const f of ['.test-reports/vitest.json', 'test-results/playwright.json']) rmSync(f, { force: true });

const run = (cmd, args, env = {}) =>
  spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1;

const unitStatus = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=.test-reports/vitest.json']);
const e2eStatus = run('npx', ['playwright', 'test', ...process.argv.slice(2)]);

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

let passed = 0;
let failed = 0;
const unit = readJson('.test-reports/vitest.json');
if (unit) {
  passed += unit.numPassedTests ?? 0;
  failed += (unit.numFailedTests ?? 0) + (unitStatus !== 0 && !unit.numFailedTests ? 1 : 0);
} else failed += 1; // vitest could not even report

const e2e = readJson('test-results/playwright.json');
if (e2e?.stats) {
  passed += (e2e.stats.expected ?? 0) + (e2e.stats.flaky ?? 0);
  failed += e2e.stats.unexpected ?? 0;
  if (e2eStatus !== 0 && !e2e.stats.unexpected) failed += 1; // e.g. the web server never started
} else failed += 1;

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || unitStatus !== 0 || e2eStatus !== 0 ? 1 : 0);
