import { describe, expect, it } from 'vitest';
import { isFarMove, planMove, zoomForSize } from './camera-move';

describe('planMove', () => {
  it('keeps the chapter’s own transition when motion is welcome', () => {
    expect(planMove('fly', false, true).kind).toBe('fly');
    expect(planMove('ease', false, true).kind).toBe('ease');
    expect(planMove('jump', false, true).kind).toBe('jump');
  });
  it('never flies under reduced motion: far moves crossfade, near moves jump', () => {
    expect(planMove('fly', true, true).kind).toBe('fade');
    expect(planMove('fly', true, false).kind).toBe('jump');
    expect(planMove('ease', true, true).kind).toBe('fade');
  });
});

describe('isFarMove', () => {
  it('calls a change of several zoom levels far', () => {
    expect(isFarMove({ center: [0, 0], zoom: 4 }, { center: [0, 0], zoom: 9 })).toBe(true);
  });
  it('calls a small pan at the same zoom near', () => {
    expect(isFarMove({ center: [-106.4, 31.7], zoom: 9 }, { center: [-106.45, 31.72], zoom: 9 })).toBe(false);
  });
});

describe('zoomForSize', () => {
  it('keeps the zoom for the map size the cameras were framed for', () => {
    expect(zoomForSize(6, 800, 720)).toBe(6);
  });
  it('zooms out one level for a map half as wide', () => {
    expect(zoomForSize(6, 400, 720)).toBe(5);
  });
  it('lets the tighter dimension decide', () => {
    expect(zoomForSize(6, 1600, 360)).toBe(5);
  });
  it('leaves the zoom alone for a map not yet measured', () => {
    expect(zoomForSize(6, 0, 0)).toBe(6);
  });
});
