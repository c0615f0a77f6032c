/**
 * Two builds measured side by side in one run, alternating (A, B, A, B …) so that a busy
 * shared machine slows both alike: `tsx scripts/bench-compare.ts <distA> <distB> [port]`.
 * Build each first (`OUT_DIR=dist-x npx vite build`). Prints the medians of the scroll figures.
 */
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../tests/support/browser';
import { measureRun, type RunFigures } from './bench-run';
import { median, waitForServer } from './serve-util';

const [distA, distB, portArg] = process.argv.slice(2);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const PORT = Number(portArg ?? 4473);
/** BENCH_HEAP=0 skips the heap passes (scroll figures only, several times faster). */
const HEAP_PASSES = Number(process.env.BENCH_HEAP ?? 4);

async function main(): Promise<void> {
  if (!distA || !distB) throw new Error('usage: tsx scripts/bench-compare.ts <distA> <distB> [port]');
  const dists = [distA, distB];
  const servers = dists.map((dist, i) =>
    spawn('npx', ['vite', 'preview', '--port', String(PORT + i), '--strictPort', '--outDir', dist], { stdio: 'ignore', detached: true }));
  try {
    await Promise.all(dists.map((_, i) => waitForServer(`http://localhost:${PORT + i}/`)));
    const browser = await chromium.launch(chromiumLaunchOptions());
    const runs: RunFigures[][] = [[], []];
    for (let r = 0; r < RUNS; r++) {
      for (let i = 0; i < dists.length; i++) {
        const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
        runs[i]!.push(await measureRun(await context.newPage(), `http://localhost:${PORT + i}/`, dists[i]!, { heapPasses: HEAP_PASSES }));
        await context.close();
        console.log(`run ${r + 1}/${RUNS} of ${dists[i]} done`);
      }
    }
    await browser.close();
    const m = (i: number, k: keyof RunFigures) => median(runs[i]!.map((x) => x[k]));
    const rows: [string, (i: number) => string][] = [
      ['Map idle', (i) => `${m(i, 'mapIdleMs').toFixed(0)} ms`],
      ['Scroll: frame time p50 / p95', (i) => `${m(i, 'frameP50Ms').toFixed(1)} / ${m(i, 'frameP95Ms').toFixed(1)} ms`],
      ['Scroll: dropped frames (>25 ms)', (i) => `${(m(i, 'droppedShare') * 100).toFixed(1)} %`],
      ['Scroll: long tasks (count / total)', (i) => `${m(i, 'longTasks').toFixed(0)} / ${m(i, 'longTaskMs').toFixed(0)} ms`],
      ['JS heap after 1 / 5 passes', (i) => `${(m(i, 'heapAfter1') / 1048576).toFixed(1)} / ${(m(i, 'heapAfter5') / 1048576).toFixed(1)} MB`],
    ];
    console.log(`\nMedian of ${RUNS} alternating runs, headless Chromium, 1280×800\n`);
    console.log(`${''.padEnd(36)}${distA.padEnd(24)}${distB}`);
    for (const [k, f] of rows) console.log(`${k.padEnd(36)}${f(0).padEnd(24)}${f(1)}`);
  } finally {
    for (const s of servers) if (s.pid) process.kill(-s.pid);
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
