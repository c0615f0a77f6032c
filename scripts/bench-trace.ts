/**
 * Where the time goes beyond the main thread's script, style and layout (which CDP's
 * Performance metrics give): the page's paint steps on its main thread, and the threads that
 * turn paint into pixels — the renderer's compositor thread and the GPU process (which rasters
 * the page's tiles and, under SwiftShader, runs WebGL's drawing on the CPU). From a Chrome trace of two
 * light categories: every thread's tasks (`toplevel`) and the renderer's paint events
 * (`devtools.timeline`). Paint steps are wall time on the main thread, like the other main-thread
 * rows; the other threads are CPU time, as their tasks' wall time includes waiting.
 */
import type { Page } from '@playwright/test';

export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string };
}

export interface ThreadFigures {
  /** The renderer's main thread in paint steps (pre-paint, paint, layerize, commit), wall ms. */
  paintMs: number;
  /** The renderer's compositor thread (scrolling, animations, frames to the GPU process), CPU ms. */
  compositorMs: number;
  /** Every thread of the GPU process (raster of the page's tiles, compositing, WebGL), CPU ms. */
  gpuMs: number;
}

export const NO_THREAD_FIGURES: ThreadFigures = { paintMs: 0, compositorMs: 0, gpuMs: 0 };

/** The main thread's paint steps, as DevTools' "Painting" counts them. */
const PAINT_STEPS = new Set(['PrePaint', 'Paint', 'Layerize', 'Commit', 'UpdateLayer', 'CompositeLayers', 'PaintImage']);
/** A thread's tasks, whatever the scheduler that ran them named them. */
const TASKS = new Set(['ThreadControllerImpl::RunTask', 'RunTask', 'ThreadPool_RunTask']);

/** Sum of `value` over events not inside an earlier counted one (nested events counted once). */
function outermost(events: TraceEvent[], value: (e: TraceEvent) => number): number {
  let end = -Infinity;
  let total = 0;
  for (const e of [...events].sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0))) {
    if (e.ts < end) continue;
    total += value(e);
    end = e.ts + (e.dur ?? 0);
  }
  return total;
}

/** The figures of a trace of one page (the renderer with the busiest main thread). */
export function threadFigures(events: readonly TraceEvent[]): ThreadFigures {
  const threadName = new Map<string, string>();
  const processName = new Map<number, string>();
  for (const e of events) {
    if (e.ph !== 'M') continue;
    if (e.name === 'thread_name') threadName.set(`${e.pid}:${e.tid}`, e.args?.name ?? '');
    if (e.name === 'process_name') processName.set(e.pid, e.args?.name ?? '');
  }
  const byThread = new Map<string, TraceEvent[]>();
  for (const e of events) {
    if (e.ph !== 'X' || !e.dur) continue;
    const key = `${e.pid}:${e.tid}`;
    const list = byThread.get(key);
    if (list) list.push(e);
    else byThread.set(key, [e]);
  }
  // A page's renderer, not the browser's own pages (Chromium's "WebUI Top Renderer", which
  // during a load can be the busier of the two).
  const webUi = (key: string) => /webui/i.test(processName.get(Number(key.split(':')[0])) ?? '');
  const mains = [...threadName].filter(([key, name]) => name === 'CrRendererMain' && !webUi(key)).map(([key]) => key);
  const main = mains.sort((a, b) => (byThread.get(b)?.length ?? 0) - (byThread.get(a)?.length ?? 0))[0];
  if (!main) return NO_THREAD_FIGURES;
  const rendererPid = Number(main.split(':')[0]);
  const cpu = (e: TraceEvent) => (e.tdur ?? 0) / 1000;
  let compositorMs = 0;
  let gpuMs = 0;
  for (const [key, list] of byThread) {
    const pid = Number(key.split(':')[0]);
    const tasks = list.filter((e) => TASKS.has(e.name));
    if (pid === rendererPid && threadName.get(key) === 'Compositor') compositorMs += outermost(tasks, cpu);
    else if (processName.get(pid) === 'GPU Process') gpuMs += outermost(tasks, cpu);
  }
  const paintMs = outermost((byThread.get(main) ?? []).filter((e) => PAINT_STEPS.has(e.name)), (e) => (e.dur ?? 0) / 1000);
  return { paintMs, compositorMs, gpuMs };
}

/**
 * Starts tracing the whole browser (the GPU process is not the page's) when `on`; the returned
 * function stops and gives the figures (zeros when not `on`). A traced visit is not a measured
 * one: here, tracing put the first title 150 ms later, added 2.4 s of main-thread work and 20
 * long tasks to a read, and changed how Chromium paced its frames (frame p50 83 → 17 ms,
 * frames over 25 ms 69 → 31 %).
 */
export async function startThreadTrace(page: Page, on = true): Promise<() => Promise<ThreadFigures>> {
  const browser = page.context().browser();
  if (!on || !browser) return async () => NO_THREAD_FIGURES;
  const cdp = await browser.newBrowserCDPSession();
  // Kept in the browser until the end: sent as it came, the events kept the browser's own main
  // thread busy on a two-core machine, and the page's first title came 300 ms later.
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['toplevel', 'devtools.timeline'] }, transferMode: 'ReturnAsStream' });
  return async () => {
    const complete = new Promise<{ stream?: string }>((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    const { stream } = await complete;
    let text = '';
    for (let eof = !stream; !eof;) {
      const chunk = await cdp.send('IO.read', { handle: stream!, size: 1 << 20 });
      text += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString('utf8') : chunk.data;
      eof = chunk.eof;
    }
    if (stream) await cdp.send('IO.close', { handle: stream });
    await cdp.detach();
    const parsed = text ? JSON.parse(text) as TraceEvent[] | { traceEvents: TraceEvent[] } : [];
    return threadFigures(Array.isArray(parsed) ? parsed : parsed.traceEvents);
  };
}
