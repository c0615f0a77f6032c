// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.useRealTimers();
  vi.resetModules();
});

describe('whenFirstPainted', () => {
  it('waits for the first contentful paint to be shown', async () => {
    type List = { getEntriesByName: (n: string) => unknown[] };
    let callback: ((list: List, observer: FakeObserver) => void) | null = null;
    let watching = false;
    class FakeObserver {
      constructor(cb: typeof callback) { callback = cb; }
      observe() { watching = true; }
      disconnect() { watching = false; }
    }
    const report = (list: List) => callback!(list, new FakeObserver(callback));
    vi.stubGlobal('PerformanceObserver', FakeObserver);
    const { whenFirstPainted } = await import('./first-view');
    let done = false;
    void whenFirstPainted().then(() => (done = true));
    await Promise.resolve();
    report({ getEntriesByName: () => [] }); // first-paint (no text yet)
    await Promise.resolve();
    expect(done).toBe(false);
    expect(watching).toBe(true);
    report({ getEntriesByName: (n) => (n === 'first-contentful-paint' ? [{}] : []) });
    await vi.waitFor(() => expect(done).toBe(true));
    vi.unstubAllGlobals();
  });
});
