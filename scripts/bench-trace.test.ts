import { describe, expect, it } from 'vitest';
import { threadFigures, type TraceEvent } from './bench-trace';

const meta = (pid: number, tid: number, kind: 'thread_name' | 'process_name', name: string): TraceEvent =>
  ({ name: kind, ph: 'M', pid, tid, ts: 0, args: { name } });
const x = (pid: number, tid: number, name: string, ts: number, durMs: number, cpuMs = durMs): TraceEvent =>
  ({ name, ph: 'X', pid, tid, ts: ts * 1000, dur: durMs * 1000, tdur: cpuMs * 1000 });

// Renderer 10 (main thread 1, compositor 2, a pool worker 3, MapLibre's worker 4), GPU process 20, browser 30.
const names = [
  meta(10, 1, 'thread_name', 'CrRendererMain'), meta(10, 2, 'thread_name', 'Compositor'),
  meta(10, 3, 'thread_name', 'ThreadPoolForegroundWorker'), meta(10, 4, 'thread_name', 'DedicatedWorker thread'),
  meta(20, 0, 'process_name', 'GPU Process'), meta(20, 5, 'thread_name', 'CrGpuMain'), meta(20, 6, 'thread_name', 'VizCompositorThread'),
  meta(30, 7, 'thread_name', 'CrBrowserMain'),
];

describe('threadFigures', () => {
  it('counts the main thread\'s paint steps once each, nested ones inside their parent', () => {
    const f = threadFigures([...names,
      x(10, 1, 'ThreadControllerImpl::RunTask', 0, 30),
      x(10, 1, 'FunctionCall', 0, 10),
      x(10, 1, 'PrePaint', 10, 4),
      x(10, 1, 'Paint', 14, 6), x(10, 1, 'Paint', 15, 2), // a layer's paint inside the frame's
      x(10, 1, 'Layerize', 20, 3),
      x(10, 1, 'UpdateLayoutTree', 23, 5), // style: not a paint step
    ]);
    expect(f.paintMs).toBe(13);
  });

  it('gives the compositor thread and the GPU process as CPU time of their tasks', () => {
    const f = threadFigures([...names,
      x(10, 2, 'ThreadControllerImpl::RunTask', 0, 10, 4),
      x(10, 2, 'ThreadControllerImpl::RunTask', 5, 2, 2), // inside the one before: not again
      x(10, 3, 'ThreadPool_RunTask', 0, 20, 9), // a worker (parsing, GC): neither
      x(10, 4, 'ThreadControllerImpl::RunTask', 0, 50, 50), // MapLibre's worker: neither
      x(20, 5, 'ThreadControllerImpl::RunTask', 0, 100, 30),
      x(20, 6, 'ThreadControllerImpl::RunTask', 0, 10, 6),
      x(30, 7, 'ThreadControllerImpl::RunTask', 0, 40, 40), // the browser process: neither
    ]);
    expect(f).toEqual({ paintMs: 0, compositorMs: 4, gpuMs: 36 });
  });

  it('reads the busiest renderer when the trace holds more than one page', () => {
    const f = threadFigures([...names, meta(11, 1, 'thread_name', 'CrRendererMain'),
      x(11, 1, 'Paint', 0, 100),
      x(10, 1, 'Paint', 0, 2), x(10, 1, 'Paint', 5, 2), x(10, 1, 'FunctionCall', 10, 1),
    ]);
    expect(f.paintMs).toBe(4);
  });

  it('never reads the browser\'s own WebUI renderer, however busy', () => {
    const f = threadFigures([...names, meta(12, 0, 'process_name', 'WebUI Top Renderer'), meta(12, 1, 'thread_name', 'CrRendererMain'),
      x(12, 1, 'FunctionCall', 0, 1), x(12, 1, 'FunctionCall', 2, 1), x(12, 1, 'FunctionCall', 4, 1), x(12, 1, 'Paint', 6, 50),
      x(10, 1, 'Paint', 0, 3),
    ]);
    expect(f.paintMs).toBe(3);
  });

  it('is all zeros for a trace without a page', () => {
    expect(threadFigures([meta(20, 5, 'thread_name', 'CrGpuMain')])).toEqual({ paintMs: 0, compositorMs: 0, gpuMs: 0 });
  });
});
