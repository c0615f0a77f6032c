import { describe, expect, it } from 'vitest';
import { flightMs, isFarMove, planMove, zoomForSize } from './camera-move';

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

describe('flightMs', () => {
  it('gives a flight across the country the full time', () => {
    // El Paso to Los Angeles at zoom 9 on an 800 px map: some 4,000 px apart.
    expect(flightMs(4000, 800, 0.5, 2200, 1200)).toBe(2200);
  });
  it('gives a hop across town the short time', () => {
    expect(flightMs(60, 800, 0.5, 2200, 1200)).toBe(1200);
  });
  it('takes longer the farther the flight, between the two', () => {
    const times = [100, 300, 600, 1000, 1500, 2500].map((px) => flightMs(px, 800, 0, 4000, 0));
    for (let i = 1; i < times.length; i++) expect(times[i]).toBeGreaterThan(times[i - 1]!);
    expect(times[0]).toBeGreaterThan(0);
  });
  it('times a zoom without a pan by the zoom alone, in or out', () => {
    expect(flightMs(0, 800, 3, 9000, 0)).toBe(flightMs(0, 800, -3, 9000, 0));
    expect(flightMs(0, 800, 3, 9000, 0)).toBeGreaterThan(flightMs(0, 800, 1, 9000, 0));
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
