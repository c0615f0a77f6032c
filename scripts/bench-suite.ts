/**
 * The measuring loop `npm run bench` and `bench-compare` share: serves each build, and for each
 * run visits every build in turn (A, B, A, B …, so a busy machine slows them alike), once on
 * the fast profile (load, then a timed read and the heap) and once on the slow one (load only),
 * after one unmeasured warm-up visit to each. Prints medians with the spread (min–max) side by side.
 */
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../tests/support/browser';
import { loadStory } from '../tests/support/story';
import { measureLoad, measureRead, type LoadFigures, type Profile, type ReadFigures } from './bench-run';
import { median, waitForServer } from './serve-util';

export interface Visit {
  fast: LoadFigures & ReadFigures;
  slow: LoadFigures;
}

export interface SuiteOptions {
  runs: number;
  port: number;
  /** Length of the scripted read, seconds (issue 19's figures are for 40 s). */
  readSeconds: number;
  heapPasses: number;
  /** Whether to visit on the slow profile too. */
  slow: boolean;
}

export async function runSuite(dists: readonly string[], o: SuiteOptions): Promise<Visit[][]> {
  // Lets Playwright report the service worker's own fetches (the precache) as well as the page's.
  process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';
  const first = loadStory(process.env.STORY_DIR ?? 'story').chapters[0]!.id;
  const servers = dists.map((dist, i) =>
    spawn('npx', ['vite', 'preview', '--port', String(o.port + i), '--strictPort', '--outDir', dist], { stdio: 'ignore', detached: true }));
  try {
    await Promise.all(dists.map((_, i) => waitForServer(`http://localhost:${o.port + i}/`)));
    const browser = await chromium.launch(chromiumLaunchOptions());
    const visits: Visit[][] = dists.map(() => []);
    const visit = async (i: number, profile: Profile, read: boolean) => {
      const url = `http://localhost:${o.port + i}/`;
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-US' });
      try {
        const page = await context.newPage();
        const { load, cdp, fetched } = await measureLoad(page, url, dists[i]!, first, profile);
        if (!read) return { load, read: null };
        return { load, read: await measureRead(page, cdp, fetched, url, dists[i]!, { seconds: o.readSeconds, heapPasses: o.heapPasses }) };
      } finally {
        await context.close();
      }
    };
    // One unmeasured visit to each build first: a fresh browser's first page pays for starting
    // the GPU process and compiling SwiftShader's shaders (its first title came 1.3-1.5 s later
    // than the next ones'), and the build that happened to go first would carry it.
    for (let i = 0; i < dists.length; i++) await visit(i, 'fast', false);
    for (let r = 0; r < o.runs; r++) {
      for (let i = 0; i < dists.length; i++) {
        const fast = await visit(i, 'fast', true);
        console.log(`  ${dists[i]} fast: title ${ms(fast.load.firstTitleMs)} ms, map idle ${ms(fast.load.mapIdleMs)} ms, read busy ${ms(fast.read?.busyMs ?? 0)} ms`);
        const slow = o.slow ? (await visit(i, 'slow', false)).load : fast.load;
        visits[i]!.push({ fast: { ...fast.load, ...fast.read! }, slow });
        console.log(`run ${r + 1}/${o.runs} of ${dists[i]} done`);
      }
    }
    await browser.close();
    return visits;
  } finally {
    for (const s of servers) if (s.pid) process.kill(-s.pid);
  }
}

type Pick = (v: Visit) => number;
const ms = (n: number) => n.toFixed(0);
const kb = (n: number) => (n / 1024).toFixed(0);
const mb = (n: number) => (n / 1048576).toFixed(1);
const pct = (n: number) => (n * 100).toFixed(1);

const ROWS: [string, Pick, (n: number) => string][] = [
  ['Bytes before the first title (KB gz)', (v) => v.fast.bytesBeforeTitle, kb],
  ['First chapter title painted (ms)', (v) => v.fast.firstTitleMs, ms],
  ['Map first drawn (ms)', (v) => v.fast.mapFirstDrawnMs, ms],
  ['Map idle (ms)', (v) => v.fast.mapIdleMs, ms],
  ['Load to map idle: main thread busy (ms)', (v) => v.fast.loadBusyMs, ms],
  ['  of which script (ms)', (v) => v.fast.loadScriptMs, ms],
  ['  of which style + layout (ms)', (v) => v.fast.loadStyleLayoutMs, ms],
  ['Read: main thread busy (ms)', (v) => v.fast.busyMs, ms],
  ['  of which script (ms)', (v) => v.fast.scriptMs, ms],
  ['  of which style + layout (ms)', (v) => v.fast.styleLayoutMs, ms],
  ['  of which other: paint, composite, GC… (ms)', (v) => v.fast.otherMs, ms],
  ['Read: JavaScript, sampled by the profiler (ms)', (v) => v.fast.sampledJsMs, ms],
  ['Read: long tasks (count)', (v) => v.fast.longTasks, ms],
  ['Read: long tasks (total ms)', (v) => v.fast.longTaskMs, ms],
  ['Read: frame p50 (ms)', (v) => v.fast.frameP50Ms, (n) => n.toFixed(1)],
  ['Read: frame p95 (ms)', (v) => v.fast.frameP95Ms, (n) => n.toFixed(1)],
  ['Read: frames over 25 ms (%)', (v) => v.fast.over25Share, pct],
  ['Read: chapters passed', (v) => v.fast.chaptersSeen, ms],
  ['Bytes after a full read (KB gz)', (v) => v.fast.fullReadBytes, kb],
  ['JS heap after 1 pass (MB)', (v) => v.fast.heapAfter1, mb],
  ['JS heap after 5 passes (MB)', (v) => v.fast.heapAfter5, mb],
  ['Slow: bytes before the first title (KB gz)', (v) => v.slow.bytesBeforeTitle, kb],
  ['Slow: first chapter title painted (ms)', (v) => v.slow.firstTitleMs, ms],
  ['Slow: map first drawn (ms)', (v) => v.slow.mapFirstDrawnMs, ms],
  ['Slow: map idle (ms)', (v) => v.slow.mapIdleMs, ms],
];

/** The table: one column per build, each cell "median (min–max)". */
export function formatTable(dists: readonly string[], visits: readonly Visit[][], o: SuiteOptions): string {
  const cell = (vs: readonly Visit[], pick: Pick, f: (n: number) => string) => {
    const xs = vs.map(pick);
    return xs.length > 1 ? `${f(median(xs))} (${f(Math.min(...xs))}–${f(Math.max(...xs))})` : f(xs[0] ?? 0);
  };
  const rows = ROWS.filter(([name]) => o.slow || !name.startsWith('Slow'));
  const width = Math.max(...rows.map((r) => r[0].length)) + 2;
  const lines = [
    `Median (min–max) of ${o.runs} interleaved run(s), headless Chromium 1280×800, read of ${o.readSeconds} s.`,
    'Fast = no throttling; slow = 4× CPU, 1.6 Mbit/s, 150 ms (CDP; the service worker\'s own fetches are not shaped).',
    '',
    `${''.padEnd(width)}${dists.map((d) => d.padEnd(26)).join('')}`,
    ...rows.map(([name, pick, f]) => `${name.padEnd(width)}${visits.map((vs) => cell(vs, pick, f).padEnd(26)).join('')}`),
  ];
  return lines.join('\n');
}
