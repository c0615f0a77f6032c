#!/usr/bin/env node
/**
 * `npm test`: the whole suite — vitest (unit) then Playwright (end to end, real Chromium) —
 * ending with the one line CI reads: "N passed, N failed".
 *
 * It first finds a Chromium, or installs one (scripts/ensure-browser.mjs), so that on a fresh
 * machine `npm ci && npm test` is the whole set-up. Tests that passed only on a retry (CI
 * retries once) count as passed but are named before the closing line, never hidden.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { ensureBrowser } from './ensure-browser.mjs';

const browser = ensureBrowser();
if (browser === null) {
  console.log('0 passed, 1 failed');
  process.exit(1);
}

// Playwright empties test-results/ when it starts, so vitest reports beside it.
mkdirSync('.test-reports', { recursive: true });
for (const f of ['.test-reports/vitest.json', 'test-results/playwright.json']) rmSync(f, { force: true });

const run = (cmd, args, env = {}) =>
  spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, CHROMIUM_PATH: browser, ...env } }).status ?? 1;

const started = Date.now();
const unitStatus = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=.test-reports/vitest.json']);
const unitDone = Date.now();
const e2eStatus = run('npx', ['playwright', 'test', ...process.argv.slice(2)]);
const e2eDone = Date.now();

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

/** Every Playwright test that failed first and passed on a retry, as "file › title". */
function flakyTests(report) {
  const out = [];
  const walk = (suite, path) => {
    for (const spec of suite.specs ?? []) {
      for (const t of spec.tests ?? []) {
        if (t.status === 'flaky') out.push(`${spec.file} › ${[...path, spec.title].join(' › ')} [${t.projectName}]`);
      }
    }
    for (const child of suite.suites ?? []) walk(child, child.title && !child.title.endsWith('.ts') ? [...path, child.title] : path);
  };
  for (const suite of report.suites ?? []) walk(suite, []);
  return out;
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

const flaky = e2e ? flakyTests(e2e) : [];
const minutes = (ms) => `${(ms / 60_000).toFixed(1)} min`;
console.log(`\nUnit ${minutes(unitDone - started)}, end to end ${minutes(e2eDone - unitDone)}, whole ${minutes(e2eDone - started)}.`);
if (flaky.length) {
  console.log(`Passed only on a retry (flaky: ${flaky.length}):`);
  for (const name of flaky) console.log(`  ${name}`);
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || unitStatus !== 0 || e2eStatus !== 0 ? 1 : 0);
