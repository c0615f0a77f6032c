import { describe, expect, it } from 'vitest';
import { fitCamera } from './fit-camera';

const view = { width: 800, height: 600, padding: 0 };

describe('fitCamera', () => {
  it('centres on a single place at the closest zoom allowed', () => {
    expect(fitCamera([[-106.49, 31.75]], { ...view, maxZoom: 9 })).toEqual({ center: [-106.49, expect.closeTo(31.75, 9)], zoom: 9, bearing: 0, pitch: 0, transition: 'ease' });
  });
  it('zooms so the widest span just fills the width', () => {
    // 90° of longitude is a quarter of the world: 128 px at zoom 0, so 800 px at log2(6.25).
    const camera = fitCamera([[0, 0], [90, 0]], view)!;
    expect(camera.zoom).toBeCloseTo(Math.log2(800 / 128), 9);
    expect(camera.center[0]).toBeCloseTo(45, 9);
    expect(camera.center[1]).toBeCloseTo(0, 9);
  });
  it('centres between far-apart places on the Mercator midpoint, north of the average latitude', () => {
    const camera = fitCamera([[-118, 34], [-99, 19]], view)!;
    expect(camera.center[0]).toBeCloseTo(-108.5, 9);
    expect(camera.center[1]).toBeGreaterThan((34 + 19) / 2);
  });
  it('keeps the padding free: more padding, less zoom', () => {
    const tight = fitCamera([[0, 0], [10, 10]], { width: 800, height: 600, padding: 0 })!;
    const padded = fitCamera([[0, 0], [10, 10]], { width: 800, height: 600, padding: 100 })!;
    expect(padded.zoom).toBeLessThan(tight.zoom);
  });
  it('shifts the centre away from the wider padding, so the places sit in the free room', () => {
    const even = fitCamera([[0, 0], [10, 0]], { width: 800, height: 600, padding: 100 })!;
    const right = fitCamera([[0, 0], [10, 0]], { width: 800, height: 600, padding: { top: 100, right: 300, bottom: 100, left: 100 } })!;
    expect(right.center[0]).toBeGreaterThan(even.center[0]);
    expect(right.zoom).toBeLessThan(even.zoom);
  });
  it('gives no camera for no places or a viewport too small for its padding', () => {
    expect(fitCamera([], view)).toBeNull();
    expect(fitCamera([[0, 0]], { width: 80, height: 600, padding: 48 })).toBeNull();
  });
});
