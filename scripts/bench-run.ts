/**
 * One measured visit, in two parts. `measureLoad`: open a deep link to the first chapter and
 * time what the reader waits for (first title painted, map first drawn, map idle, the bytes
 * fetched before the title, main-thread time by category until the map is idle). `measureRead`:
 * a scripted read of the whole story in a fixed time (wheel over the text column, like a
 * reader), with main-thread time by category, long tasks and frame times; then more passes and
 * the JS heap. Main-thread categories come from CDP `Performance.getMetrics` (seconds of
 * TaskDuration, ScriptDuration, RecalcStyleDuration + LayoutDuration; "other" is the rest:
 * paint, compositing, parsing, GC outside script). With `trace`, a light trace of each phase
 * also gives the paint steps, the compositor thread and the GPU process (bench-trace.ts); it
 * changes the other figures (see bench-suite.ts), so it runs in a visit of its own.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { CDPSession, Page } from '@playwright/test';
import { startThreadTrace, type ThreadFigures } from './bench-trace';

export type Profile = 'fast' | 'slow';

/** The weak school laptop on poor Wi-Fi of issue 19: 4× slower CPU, 1.6 Mbit/s down, 150 ms. */
const SLOW = { cpu: 4, latencyMs: 150, downBytesPerS: 1.6e6 / 8, upBytesPerS: 0.75e6 / 8 };

export interface LoadFigures {
  firstTitleMs: number;
  mapFirstDrawnMs: number;
  mapIdleMs: number;
  /** Gzip bytes of every file (page or service worker) whose response ended before the title painted. */
  bytesBeforeTitle: number;
  loadBusyMs: number;
  loadScriptMs: number;
  loadStyleLayoutMs: number;
  /** Paint steps, compositor thread, GPU process until the map is idle (bench-trace.ts); zeros unless traced. */
  loadThreads: ThreadFigures;
}

export interface ReadFigures {
  readSeconds: number;
  chaptersSeen: number;
  busyMs: number;
  scriptMs: number;
  styleLayoutMs: number;
  otherMs: number;
  /** Paint steps, compositor thread, GPU process during the read (bench-trace.ts); zeros unless traced. */
  threads: ThreadFigures;
  longTasks: number;
  longTaskMs: number;
  frameP50Ms: number;
  frameP95Ms: number;
  over25Share: number;
  /** Frames of the read in which the map drew (a WebGL draw call since the frame before): how
   * many, and their time's median. On a machine whose WebGL is drawn in software these frames
   * wait for the GPU process; the others are the page's alone. */
  mapFrames: number;
  mapFrameP50Ms: number;
  /** Frames over 25 ms among those in which the map did not draw: the page's own jank. */
  pageOver25Share: number;
  fullReadBytes: number;
  /** JavaScript on the main thread during the read by V8's sampling profiler: the time the
   * profiler found a function running (ours or the browser's API it called), GC excluded. Unlike
   * `scriptMs` (CDP's ScriptDuration) it counts every realm and callback alike: ScriptDuration
   * misses the animation-frame callbacks of a classic `<script>` page such as the template's. */
  sampledJsMs: number;
  heapAfter1: number;
  heapAfter5: number;
}

const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? 0;
};

const over25 = (frames: readonly number[]) => frames.filter((f) => f > 25).length / Math.max(1, frames.length);

/** The read's frames split by whether the map drew in them (`drawn[i]` for `frames[i]`). */
export function mapFrameFigures(frames: readonly number[], drawn: readonly boolean[]): Pick<ReadFigures, 'mapFrames' | 'mapFrameP50Ms' | 'pageOver25Share'> {
  const map = frames.filter((_, i) => drawn[i]);
  const page = frames.filter((_, i) => !drawn[i]);
  return { mapFrames: map.length, mapFrameP50Ms: percentile(map, 0.5), pageOver25Share: over25(page) };
}

function gzipBytesOf(dist: string, url: string): number {
  const path = new URL(url).pathname.replace(/^\//, '') || 'index.html';
  try {
    const data = readFileSync(join(dist, path));
    return path.endsWith('.woff2') ? data.length : gzipSync(data).length;
  } catch {
    return 0;
  }
}

/** Page-side probes, installed before any script of the page runs. Written as a string: tsx
 * would wrap named functions in a helper the page does not have. */
const PROBES = `(() => {
  const w = window;
  w.__bench = { long: [], frames: [], drawn: [], drew: false, chapters: new Set(), title: 0, firstDraw: 0, idle: 0 };
  const b = w.__bench;
  new PerformanceObserver((l) => l.getEntries().forEach((e) => b.long.push(e.duration))).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((l) => l.getEntries().forEach((e) => { if (!b.title) b.title = e.renderTime || e.loadTime; }))
    .observe({ type: 'element', buffered: true });
  for (const C of [w.WebGLRenderingContext, w.WebGL2RenderingContext]) {
    if (!C) continue;
    for (const name of ['drawElements', 'drawArrays']) {
      const real = C.prototype[name];
      C.prototype[name] = function (...args) { if (!b.firstDraw) b.firstDraw = performance.now(); b.drew = true; return real.apply(this, args); };
    }
  }
  const watch = () => {
    // The first chapter's title: ours, or the reference template's (tools/anchor).
    const title = document.querySelector('section[data-chapter] h2, .step h3');
    if (title && !title.hasAttribute('elementtiming')) title.setAttribute('elementtiming', 'first-title');
    const map = document.querySelector('.map-canvas');
    if (!b.idle && map && map.dataset.camera && !map.hasAttribute('data-moving')) b.idle = performance.now();
    const current = document.querySelector('[aria-current="step"]');
    if (current) b.chapters.add(current.id);
  };
  new MutationObserver(watch).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-camera', 'data-moving', 'aria-current'] });
})()`;

type Metrics = Record<string, number>;
async function metrics(cdp: CDPSession): Promise<Metrics> {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}
const spent = (a: Metrics, b: Metrics, ...names: string[]) => names.reduce((n, k) => n + ((b[k] ?? 0) - (a[k] ?? 0)) * 1000, 0);

async function throttle(cdp: CDPSession, profile: Profile): Promise<void> {
  if (profile !== 'slow') return;
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: SLOW.cpu });
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false, latency: SLOW.latencyMs, downloadThroughput: SLOW.downBytesPerS, uploadThroughput: SLOW.upBytesPerS,
  });
}

const POLL = { timeout: 120_000, polling: 100 };

/**
 * Opens `url#firstChapterId` (a deep link to chapter 1, so its title is on screen at once) and
 * returns the load figures. The page stays open for `measureRead`.
 */
export async function measureLoad(page: Page, url: string, dist: string, firstChapterId: string, profile: Profile, trace = false): Promise<{ load: LoadFigures; cdp: CDPSession; fetched: Set<string> }> {
  const fetched = new Set<string>();
  const finished: { url: string; at: number }[] = [];
  const context = page.context();
  context.on('requestfinished', (r) => {
    fetched.add(r.url());
    finished.push({ url: r.url(), at: Date.now() });
  });
  await page.addInitScript(PROBES);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await throttle(cdp, profile);
  const before = await metrics(cdp);
  const stopTrace = await startThreadTrace(page, trace);
  await page.goto(`${url}#${firstChapterId}`);
  // Arrow functions, not strings: the page's CSP forbids eval.
  await page.waitForFunction(() => {
    const b = (window as unknown as { __bench: { title: number; idle: number } }).__bench;
    return b.title > 0 && b.idle > 0;
  }, null, POLL);
  const after = await metrics(cdp);
  const loadThreads = await stopTrace();
  const t = await page.evaluate('({ origin: performance.timeOrigin, title: __bench.title, draw: __bench.firstDraw, idle: __bench.idle })') as
    { origin: number; title: number; draw: number; idle: number };
  const titleWall = t.origin + t.title;
  const early = new Set(finished.filter((f) => f.at <= titleWall && f.url.startsWith(url)).map((f) => f.url));
  return {
    cdp,
    fetched,
    load: {
      firstTitleMs: t.title,
      mapFirstDrawnMs: t.draw,
      mapIdleMs: t.idle,
      bytesBeforeTitle: [...early].reduce((n, u) => n + gzipBytesOf(dist, u), 0),
      loadBusyMs: spent(before, after, 'TaskDuration'),
      loadScriptMs: spent(before, after, 'ScriptDuration'),
      loadStyleLayoutMs: spent(before, after, 'RecalcStyleDuration', 'LayoutDuration'),
      loadThreads,
    },
  };
}

/** Not JavaScript: V8's own entries for waiting, the browser's native work, and GC. */
const NOT_JS = new Set(['(idle)', '(program)', '(garbage collector)', '(root)']);

/** Milliseconds of a CPU profile's samples that fell in a JavaScript function (or an API it called). */
export function jsTimeOf(profile: { nodes: { id: number; callFrame: { functionName: string } }[]; samples?: number[]; timeDeltas?: number[] }): number {
  const name = new Map(profile.nodes.map((n) => [n.id, n.callFrame.functionName]));
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  let us = 0;
  // Each sample's time is the gap to the next one.
  for (let i = 0; i < samples.length; i++) if (!NOT_JS.has(name.get(samples[i]!) ?? '(root)')) us += deltas[i + 1] ?? 0;
  return us / 1000;
}

/** Wheels over the text column so that the whole page passes in `seconds`, whatever the wheel's latency. */
async function timedRead(page: Page, seconds: number): Promise<void> {
  const total = (await page.evaluate('document.documentElement.scrollHeight - innerHeight')) as number;
  const start = Date.now();
  let done = 0;
  for (;;) {
    const elapsed = (Date.now() - start) / 1000;
    if (elapsed >= seconds || done >= total) break;
    const due = Math.min(total, (total * elapsed) / seconds) - done;
    if (due >= 1) {
      await page.mouse.wheel(0, due);
      done += due;
    }
    await page.waitForTimeout(16);
  }
  await page.mouse.wheel(0, total);
}

async function quickPass(page: Page, direction: 1 | -1): Promise<void> {
  for (let i = 0; i < 200; i++) {
    const atEnd = await page.evaluate((d) => (d > 0 ? innerHeight + scrollY >= document.documentElement.scrollHeight - 2 : scrollY <= 0), direction);
    if (atEnd) return;
    await page.mouse.wheel(0, direction * 1500);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
  }
}

/** After `measureLoad`: back to the top, then a read of the whole story in `seconds`, then the heap. */
export async function measureRead(page: Page, cdp: CDPSession, fetched: Set<string>, url: string, dist: string, { seconds = 40, heapPasses = 4, trace = false } = {}): Promise<ReadFigures> {
  await page.evaluate('scrollTo(0, 0)');
  await page.waitForFunction(() => !document.querySelector('.map-canvas')?.hasAttribute('data-moving'), null, { ...POLL, timeout: 30_000 }).catch(() => undefined);
  await page.mouse.move(240, 400);
  await page.evaluate(`(() => {
    const b = window.__bench;
    b.long.length = 0; b.chapters.clear(); b.stop = false; b.drawn.length = 0;
    let last = performance.now();
    // Each frame's time, and whether the map drew in it (MapLibre draws in its animation frame,
    // which may run before or after this one's: a draw since the last tick counts for this one).
    function tick(now) { b.frames.push(now - last); b.drawn.push(b.drew); b.drew = false; last = now; if (!b.stop) requestAnimationFrame(tick); }
    requestAnimationFrame(tick);
  })()`);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 1000 });
  await cdp.send('Profiler.start');
  const stopTrace = await startThreadTrace(page, trace);
  const before = await metrics(cdp);
  await timedRead(page, seconds);
  const after = await metrics(cdp);
  const threads = await stopTrace();
  const { profile } = await cdp.send('Profiler.stop');
  await cdp.send('Profiler.disable');
  const r = await page.evaluate('(() => { const b = window.__bench; b.stop = true; return { frames: b.frames.slice(1), drawn: b.drawn.slice(1), long: b.long, chapters: b.chapters.size }; })()') as
    { frames: number[]; drawn: boolean[]; long: number[]; chapters: number };
  const heap = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };
  const heapAfter1 = await heap();
  for (let pass = 0; pass < heapPasses; pass++) {
    await quickPass(page, -1);
    await quickPass(page, 1);
  }
  const heapAfter5 = await heap();
  const busyMs = spent(before, after, 'TaskDuration');
  const scriptMs = spent(before, after, 'ScriptDuration');
  const styleLayoutMs = spent(before, after, 'RecalcStyleDuration', 'LayoutDuration');
  return {
    readSeconds: seconds,
    chaptersSeen: r.chapters,
    busyMs, scriptMs, styleLayoutMs, otherMs: busyMs - scriptMs - styleLayoutMs, threads,
    sampledJsMs: jsTimeOf(profile),
    longTasks: r.long.length,
    longTaskMs: r.long.reduce((a, b) => a + b, 0),
    frameP50Ms: percentile(r.frames, 0.5),
    frameP95Ms: percentile(r.frames, 0.95),
    over25Share: over25(r.frames),
    ...mapFrameFigures(r.frames, r.drawn),
    fullReadBytes: [...fetched].filter((u) => u.startsWith(url)).reduce((n, u) => n + gzipBytesOf(dist, u), 0),
    heapAfter1, heapAfter5,
  };
}
