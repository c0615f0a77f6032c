import { describe, expect, it } from 'vitest';
import { keyCommand, swipeCommand } from './deck-input';

const press = (key: string, extra: object = {}, overview = false) => keyCommand({ key, ...extra }, overview)?.type ?? null;

describe('keyCommand', () => {
  it('moves forward on →, ↓, Space and PageDown (what clickers send)', () => {
    for (const key of ['ArrowRight', 'ArrowDown', ' ', 'PageDown']) expect(press(key)).toBe('next');
  });
  it('moves back on ←, ↑, PageUp and Shift+Space', () => {
    for (const key of ['ArrowLeft', 'ArrowUp', 'PageUp']) expect(press(key)).toBe('prev');
    expect(press(' ', { shiftKey: true })).toBe('prev');
  });
  it('jumps to the ends on Home and End', () => {
    expect(press('Home')).toBe('first');
    expect(press('End')).toBe('last');
  });
  it('shows the other language on T, in either case', () => {
    expect(press('t')).toBe('otherLanguage');
    expect(press('T')).toBe('otherLanguage');
  });
  it('maps F, O, S, B and . in either case', () => {
    expect(press('F')).toBe('fullscreen');
    expect(press('o')).toBe('toggleOverview');
    expect(press('S')).toBe('presenter');
    expect(press('b')).toBe('toggleBlank');
    expect(press('.')).toBe('toggleBlank');
  });
  it('Escape closes the overview before it leaves the presentation', () => {
    expect(press('Escape', {}, true)).toBe('closeOverview');
    expect(press('Escape', {}, false)).toBe('exit');
  });
  it('leaves shortcuts with Ctrl, ⌘ or Alt to the browser', () => {
    expect(press('p', { ctrlKey: true })).toBeNull();
    expect(press('ArrowRight', { altKey: true })).toBeNull();
    expect(press('f', { metaKey: true })).toBeNull();
  });
  it('ignores keys it does not know', () => {
    expect(press('x')).toBeNull();
    expect(press('Tab')).toBeNull();
  });
});

describe('swipeCommand', () => {
  it('a swipe to the left goes to the next slide, to the right the previous', () => {
    expect(swipeCommand(-120, 10)?.type).toBe('next');
    expect(swipeCommand(120, -10)?.type).toBe('prev');
  });
  it('ignores taps and short moves', () => {
    expect(swipeCommand(20, 0)).toBeNull();
  });
  it('ignores mostly vertical moves', () => {
    expect(swipeCommand(-80, 90)).toBeNull();
  });
});
