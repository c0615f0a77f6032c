// @vitest-environment jsdom
/** The URL hook itself, in a DOM: what it writes to history, and when it writes nothing. */
import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { story } from '@/content/story';
import { createSessionStore } from '@/lib/session/session-store';
import { useSessionUrl } from './session-url';

const ids = story.chapters.map((c) => c.id);
const total = ids.length;
const reading = (embedded = false) => createSessionStore({ chapter: 0, progress: 0, lang: 'en', mode: 'read' }, total, embedded);

describe('useSessionUrl', () => {
  let replace: ReturnType<typeof vi.spyOn>;
  let push: ReturnType<typeof vi.spyOn>;
  beforeEach(() => {
    vi.useFakeTimers();
    history.replaceState(null, '', '/story/?lang=en&utm=class');
    replace = vi.spyOn(history, 'replaceState');
    push = vi.spyOn(history, 'pushState');
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('names the reader\'s chapter in the hash with replaceState, never adding history entries', () => {
    const store = reading();
    renderHook(() => useSessionUrl(store));
    act(() => store.move({ type: 'scrolled', chapter: 2, progress: 0.4 }));
    act(() => vi.runAllTimers()); // written when the page is next idle
    expect(location.hash).toBe(`#${ids[2]}`);
    expect(location.search).toBe('?lang=en&utm=class');
    expect(replace).toHaveBeenCalled();
    expect(push).not.toHaveBeenCalled();
  });

  it('does not write again while the reader moves within one chapter', () => {
    const store = reading();
    renderHook(() => useSessionUrl(store));
    act(() => store.move({ type: 'scrolled', chapter: 1, progress: 0.1 }));
    act(() => vi.runAllTimers());
    const writes = replace.mock.calls.length;
    act(() => store.move({ type: 'scrolled', chapter: 1, progress: 0.9 }));
    act(() => vi.runAllTimers());
    expect(replace.mock.calls.length).toBe(writes);
  });

  it('writes a chapter reached by scrolling once the page is idle, once for a fling through several', () => {
    const store = reading();
    renderHook(() => useSessionUrl(store));
    replace.mockClear();
    act(() => store.move({ type: 'scrolled', chapter: 1, progress: 0.5 }));
    act(() => store.move({ type: 'scrolled', chapter: 2, progress: 0.5 }));
    act(() => store.move({ type: 'scrolled', chapter: 3, progress: 0.5 }));
    expect(replace).not.toHaveBeenCalled(); // not in the scroll frames
    act(() => vi.runAllTimers());
    expect(replace).toHaveBeenCalledTimes(1);
    expect(location.hash).toBe(`#${ids[3]}`);
  });

  it('touches the page\'s language only when it changes: each write re-matches every :lang() in the page', async () => {
    const store = reading();
    renderHook(() => useSessionUrl(store));
    const writes: MutationRecord[] = [];
    const observer = new MutationObserver((records) => writes.push(...records));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
    act(() => store.move({ type: 'scrolled', chapter: 1, progress: 0.1 }));
    act(() => store.move({ type: 'scrolled', chapter: 2, progress: 0.1 }));
    act(() => store.move({ type: 'setLanguage', lang: 'es' }));
    await Promise.resolve(); // mutation records are delivered in a microtask
    observer.disconnect();
    expect(writes.map((r) => (r.target as HTMLElement).lang)).toEqual(['es']);
  });

  it('keeps the reader\'s place when the language or the mode changes', () => {
    const store = reading();
    renderHook(() => useSessionUrl(store));
    act(() => store.move({ type: 'scrolled', chapter: 3, progress: 0.5 }));
    act(() => store.move({ type: 'setLanguage', lang: 'es' }));
    expect(location.search).toBe('?lang=es&utm=class');
    expect(location.hash).toBe(`#${ids[3]}`);
    expect(document.documentElement.lang).toBe('es');
    act(() => store.move({ type: 'setMode', mode: 'present' }));
    expect(new URLSearchParams(location.search).get('mode')).toBe('present');
    expect(location.hash).toBe(`#${ids[3]}`);
    act(() => store.move({ type: 'setMode', mode: 'read' }));
    expect(location.search).toBe('?lang=es&utm=class');
    expect(location.hash).toBe(`#${ids[3]}`);
    expect(push).not.toHaveBeenCalled();
  });

  it('writes nothing inside an embed: the address belongs to the host page', () => {
    const store = reading(true);
    const before = location.href;
    renderHook(() => useSessionUrl(store));
    act(() => store.move({ type: 'scrolled', chapter: 4, progress: 0 }));
    act(() => store.move({ type: 'setLanguage', lang: 'es' }));
    act(() => store.move({ type: 'setMode', mode: 'present' }));
    expect(replace).not.toHaveBeenCalled();
    expect(push).not.toHaveBeenCalled();
    expect(location.href).toBe(before);
    expect(document.documentElement.lang).toBe('es'); // the page's own language still follows
  });

  it('stops writing once the component that held it is gone', () => {
    const store = reading();
    const { unmount } = renderHook(() => useSessionUrl(store));
    unmount();
    replace.mockClear();
    act(() => store.move({ type: 'scrolled', chapter: 5, progress: 0 }));
    expect(replace).not.toHaveBeenCalled();
  });
});
