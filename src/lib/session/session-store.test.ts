import { describe, expect, it, vi } from 'vitest';
import { createSessionStore } from './session-store';

const store = () => createSessionStore({ chapter: 0, progress: 0, lang: 'en', mode: 'read' }, 5);

describe('createSessionStore', () => {
  it('wakes subscribers for a new chapter, language or mode, but not for progress within a chapter', () => {
    const s = store();
    const woken = vi.fn();
    s.subscribe(woken);
    s.move({ type: 'scrolled', chapter: 0, progress: 0.3 });
    expect(woken).not.toHaveBeenCalled();
    expect(s.progress.get()).toBe(0.3);
    s.move({ type: 'scrolled', chapter: 1, progress: 0 });
    s.move({ type: 'setLanguage', lang: 'es' });
    s.move({ type: 'setMode', mode: 'present' });
    expect(woken).toHaveBeenCalledTimes(3);
    expect(s.get()).toEqual({ chapter: 1, progress: 1, lang: 'es', mode: 'present' });
  });

  it('wakes subscribers when parallel reading is switched', () => {
    const s = store();
    const woken = vi.fn();
    s.subscribe(woken);
    s.move({ type: 'setParallel', parallel: true });
    s.move({ type: 'setParallel', parallel: true });
    expect(woken).toHaveBeenCalledTimes(1);
    expect(s.get().parallel).toBe(true);
  });

  it('passes every goTo request to drivers, even to the chapter already shown', () => {
    const s = store();
    const driver = vi.fn();
    s.onGoTo(driver);
    s.move({ type: 'goTo', chapter: 0 });
    s.move({ type: 'goTo', chapter: 9, progress: 0.5 });
    expect(driver.mock.calls).toEqual([[0, undefined], [4, 0.5]]);
  });

  it('stops telling a subscriber once it unsubscribes', () => {
    const s = store();
    const woken = vi.fn();
    s.subscribe(woken)();
    s.move({ type: 'goTo', chapter: 2 });
    expect(woken).not.toHaveBeenCalled();
  });
});
