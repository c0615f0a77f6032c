// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.useRealTimers();
  vi.resetModules();
});

describe('afterFirstView', () => {
  it('waits for the first view to settle, then for an idle moment', async () => {
    vi.useFakeTimers();
    const { afterFirstView, firstViewSettled } = await import('./first-view');
    const fn = vi.fn();
    afterFirstView(fn);
    await vi.advanceTimersByTimeAsync(5000); // idle, but the map has not settled
    expect(fn).not.toHaveBeenCalled();
    firstViewSettled();
    await vi.advanceTimersByTimeAsync(2000); // jsdom has no requestIdleCallback: whenIdle's 1.5 s
    expect(fn).toHaveBeenCalledOnce();
  });

  it('runs by the deadline when the first view never settles', async () => {
    vi.useFakeTimers();
    const { afterFirstView } = await import('./first-view');
    const fn = vi.fn();
    afterFirstView(fn, 10_000);
    await vi.advanceTimersByTimeAsync(9_000);
    expect(fn).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(3_000);
    expect(fn).toHaveBeenCalledOnce();
  });

  it('does nothing once cancelled', async () => {
    vi.useFakeTimers();
    const { afterFirstView, firstViewSettled } = await import('./first-view');
    const fn = vi.fn();
    const cancel = afterFirstView(fn);
    firstViewSettled();
    await vi.advanceTimersByTimeAsync(100);
    cancel();
    await vi.advanceTimersByTimeAsync(5000);
    expect(fn).not.toHaveBeenCalled();
  });
});

describe('whenFirstPainted', () => {
  it('waits for the first contentful paint to be shown', async () => {
    let report: ((list: { getEntriesByName: (n: string) => unknown[] }) => void) | null = null;
    class FakeObserver {
      static supportedEntryTypes = ['paint'];
      constructor(cb: typeof report) { report = cb; }
      observe() {}
      disconnect() {}
    }
    vi.stubGlobal('PerformanceObserver', FakeObserver);
    const { whenFirstPainted } = await import('./first-view');
    let done = false;
    void whenFirstPainted().then(() => (done = true));
    await Promise.resolve();
    report!({ getEntriesByName: () => [] }); // first-paint (no text yet)
    await Promise.resolve();
    expect(done).toBe(false);
    report!({ getEntriesByName: (n) => (n === 'first-contentful-paint' ? [{}] : []) });
    await vi.waitFor(() => expect(done).toBe(true));
    vi.unstubAllGlobals();
  });
});
