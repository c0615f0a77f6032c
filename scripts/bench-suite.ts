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
  /** Whether to add a traced visit (fast profile, load and read) for the paint, compositor and GPU rows. */
  trace: boolean;
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
    const visit = async (i: number, profile: Profile, read: boolean, trace = false) => {
      const url = `http://localhost:${o.port + i}/`;
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-US' });
      try {
        const page = await context.newPage();
        const { load, cdp, fetched } = await measureLoad(page, url, dists[i]!, first, profile, trace);
        if (!read) return { load, read: null };
        return { load, read: await measureRead(page, cdp, fetched, url, dists[i]!, { seconds: o.readSeconds, heapPasses: trace ? 0 : o.heapPasses, trace }) };
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
        // The paint, compositor and GPU rows come from a visit of their own: tracing changes the rest.
        const traced = o.trace ? await visit(i, 'fast', true, true) : null;
        const threads = traced ? { loadThreads: traced.load.loadThreads, threads: traced.read!.threads } : {};
        visits[i]!.push({ fast: { ...fast.load, ...fast.read!, ...threads }, slow });
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

/** Rows from the traced visit (see `SuiteOptions.trace`). */
const TRACED = 'Traced: ';

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
  ['Read: frames in which the map drew (count)', (v) => v.fast.mapFrames, ms],
  ['  their time, p50 (ms)', (v) => v.fast.mapFrameP50Ms, (n) => n.toFixed(1)],
  ['Read: the other frames, over 25 ms (%)', (v) => v.fast.pageOver25Share, pct],
  ['Read: chapters passed', (v) => v.fast.chaptersSeen, ms],
  ['Bytes after a full read (KB gz)', (v) => v.fast.fullReadBytes, kb],
  ['JS heap after 1 pass (MB)', (v) => v.fast.heapAfter1, mb],
  ['JS heap after 5 passes (MB)', (v) => v.fast.heapAfter5, mb],
  [`${TRACED}Load to map idle: paint steps (pre-paint, paint, layerize, commit) (ms)`, (v) => v.fast.loadThreads.paintMs, ms],
  [`${TRACED}Load to map idle: compositor thread, CPU (ms)`, (v) => v.fast.loadThreads.compositorMs, ms],
  [`${TRACED}Load to map idle: GPU process (page raster, compositing, WebGL), CPU (ms)`, (v) => v.fast.loadThreads.gpuMs, ms],
  [`${TRACED}Read: paint steps (ms)`, (v) => v.fast.threads.paintMs, ms],
  [`${TRACED}Read: compositor thread, CPU (ms)`, (v) => v.fast.threads.compositorMs, ms],
  [`${TRACED}Read: GPU process, CPU (ms)`, (v) => v.fast.threads.gpuMs, ms],
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
  const rows = ROWS.filter(([name]) => (o.slow || !name.startsWith('Slow')) && (o.trace || !name.startsWith(TRACED)));
  const width = Math.max(...rows.map((r) => r[0].length)) + 2;
  const lines = [
    `Median (min–max) of ${o.runs} interleaved run(s), headless Chromium 1280×800, read of ${o.readSeconds} s.`,
    'Fast = no throttling; slow = 4× CPU, 1.6 Mbit/s, 150 ms (CDP; the service worker\'s own fetches are not shaped).',
    ...(o.trace ? ['"Traced" rows come from one more fast visit per run, traced (Chrome\'s toplevel and devtools.timeline categories); tracing slows the page, so no other row comes from it.'] : []),
    '',
    `${''.padEnd(width)}${dists.map((d) => d.padEnd(26)).join('')}`,
    ...rows.map(([name, pick, f]) => `${name.padEnd(width)}${visits.map((vs) => cell(vs, pick, f).padEnd(26)).join('')}`),
  ];
  return lines.join('\n');
}
