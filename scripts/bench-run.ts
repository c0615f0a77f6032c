/** One measured visit: load, read to the end with a scripted scroll, then four more passes. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';

export interface RunFigures {
  fcpMs: number;
  firstTextMs: number;
  mapIdleMs: number;
  fullReadBytes: number;
  frameP50Ms: number;
  frameP95Ms: number;
  droppedShare: number;
  longTasks: number;
  longTaskMs: number;
  heapAfter1: number;
  heapAfter5: number;
}

const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? 0;
};

function gzipBytesOf(dist: string, url: string): number {
  const path = new URL(url).pathname.replace(/^\//, '') || 'index.html';
  try {
    const data = readFileSync(join(dist, path));
    return path.endsWith('.woff2') ? data.length : gzipSync(data).length;
  } catch {
    return 0;
  }
}

async function scrollPass(page: Page, direction: 1 | -1): Promise<void> {
  for (let i = 0; i < 400; i++) {
    const atEnd = await page.evaluate((d) => (d > 0 ? innerHeight + scrollY >= document.documentElement.scrollHeight - 2 : scrollY <= 0), direction);
    if (atEnd) return;
    await page.mouse.wheel(0, direction * 160);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
  }
}

/** `heapPasses`: extra up-and-down passes before the second heap reading (4; 0 skips them). */
export async function measureRun(page: Page, url: string, dist: string, { heapPasses = 4 } = {}): Promise<RunFigures> {
  const fetched = new Set<string>();
  page.on('request', (r) => fetched.add(r.url()));
  await page.addInitScript(() => {
    const w = window as unknown as { __frames: number[]; __long: number[] };
    w.__frames = [];
    w.__long = [];
    new PerformanceObserver((list) => list.getEntries().forEach((e) => w.__long.push(e.duration))).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(url);
  await page.waitForSelector('section[data-chapter] h2');
  const firstTextMs = await page.evaluate(() => performance.now());
  await page.waitForSelector('.map-canvas[data-camera]:not([data-moving])', { timeout: 60_000 });
  const mapIdleMs = await page.evaluate(() => performance.now());
  const fcpMs = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0);

  await page.mouse.move(240, 400);
  // Written as a string: tsx would wrap named functions in a helper the page does not have.
  await page.evaluate(`(() => {
    const w = window;
    w.__long.length = 0;
    let last = performance.now();
    function tick(now) {
      w.__frames.push(now - last);
      last = now;
      if (!w.__stop) requestAnimationFrame(tick);
    }
    requestAnimationFrame(tick);
  })()`);
  await scrollPass(page, 1);
  const scroll = await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __long: number[]; __stop?: boolean };
    w.__stop = true;
    return { frames: w.__frames.slice(1), long: w.__long };
  });
  const fullReadBytes = [...fetched].filter((u) => u.startsWith(url)).reduce((n, u) => n + gzipBytesOf(dist, u), 0);

  const cdp = await page.context().newCDPSession(page);
  const heap = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };
  const heapAfter1 = await heap();
  for (let pass = 0; pass < heapPasses; pass++) {
    await scrollPass(page, -1);
    await scrollPass(page, 1);
  }
  const heapAfter5 = await heap();
  return {
    fcpMs, firstTextMs, mapIdleMs, fullReadBytes,
    frameP50Ms: percentile(scroll.frames, 0.5),
    frameP95Ms: percentile(scroll.frames, 0.95),
    droppedShare: scroll.frames.filter((f) => f > 25).length / Math.max(1, scroll.frames.length),
    longTasks: scroll.long.length,
    longTaskMs: scroll.long.reduce((a, b) => a + b, 0),
    heapAfter1, heapAfter5,
  };
}
