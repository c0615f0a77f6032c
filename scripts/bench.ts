/**
 * `npm run bench`: builds the story, serves it, and measures it in headless Chromium.
 * Prints a table and writes bench-results/bench.json. A benchmark, not a test: it asserts
 * nothing. On a machine without a GPU, WebGL runs in software (SwiftShader), so timings are
 * for comparing runs side by side, not absolute claims.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { chromium, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from '../tests/support/browser';
import { measureBudgets } from './budget';
import { measureRun, type RunFigures } from './bench-run';
import { median, waitForServer } from './serve-util';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const PORT = Number(process.env.BENCH_PORT ?? 4473);
const OUT = 'dist-bench';

async function main(): Promise<void> {
  console.log('Building…');
  const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit', env: { ...process.env, OUT_DIR: OUT } });
  if (build.status !== 0) process.exit(build.status ?? 1);
  const bytes = measureBudgets(OUT);
  const server = spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort', '--outDir', OUT], { stdio: 'ignore', detached: true });
  const url = `http://localhost:${PORT}/`;
  try {
    await waitForServer(url);
    const browser = await chromium.launch(chromiumLaunchOptions());
    const runs: RunFigures[] = [];
    for (let i = 0; i < RUNS; i++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page: Page = await context.newPage();
      runs.push(await measureRun(page, url, OUT));
      await context.close();
      console.log(`run ${i + 1}/${RUNS} done`);
    }
    await browser.close();
    const keys = Object.keys(runs[0]!) as (keyof RunFigures)[];
    const medians = Object.fromEntries(keys.map((k) => [k, median(runs.map((r) => r[k]))])) as unknown as RunFigures;
    const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
    const rows: [string, string][] = [
      ['Before first chapter is readable (gzip)', kb(bytes.initialBytes)],
      ['Map: library + worker + basemap (gzip)', kb(bytes.mapBytes)],
      ['Basemap data (gzip)', kb(bytes.basemapBytes)],
      ['Full read to the end (gzip, fetched)', kb(medians.fullReadBytes)],
      ['First contentful paint', `${medians.fcpMs.toFixed(0)} ms`],
      ['First chapter text shown', `${medians.firstTextMs.toFixed(0)} ms`],
      ['Map idle', `${medians.mapIdleMs.toFixed(0)} ms`],
      ['Scroll: frame time p50 / p95', `${medians.frameP50Ms.toFixed(1)} / ${medians.frameP95Ms.toFixed(1)} ms`],
      ['Scroll: dropped frames (>25 ms)', `${(medians.droppedShare * 100).toFixed(1)} %`],
      ['Scroll: long tasks (count / total)', `${medians.longTasks.toFixed(0)} / ${medians.longTaskMs.toFixed(0)} ms`],
      ['JS heap after 1 pass / 5 passes', `${(medians.heapAfter1 / 1048576).toFixed(1)} / ${(medians.heapAfter5 / 1048576).toFixed(1)} MB`],
    ];
    const width = Math.max(...rows.map((r) => r[0].length));
    console.log(`\nUnder the Same Moon — benchmark (median of ${RUNS} runs, headless Chromium)\n`);
    for (const [k, v] of rows) console.log(`${k.padEnd(width)}  ${v}`);
    mkdirSync('bench-results', { recursive: true });
    writeFileSync('bench-results/bench.json', JSON.stringify({ date: new Date().toISOString(), runs: RUNS, bytes, medians, all: runs }, null, 2));
    console.log('\nWritten: bench-results/bench.json');
  } finally {
    if (server.pid) process.kill(-server.pid);
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
