import { describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import {
  basemapPaths,
  centreOffset,
  geometryPath,
  inView,
  linePath,
  mercator,
  patchPaths,
  projector,
  worldSize,
  type View,
} from './project';

const view: View = { center: [-108, 31.75], zoom: 6, width: 1280, height: 720 };

describe('mercator', () => {
  it('makes the world 512 px wide at zoom 0, doubling per zoom level', () => {
    expect(worldSize(0)).toBe(512);
    expect(worldSize(3)).toBe(4096);
    expect(mercator([-180, 0], 0)).toEqual([0, 256]);
    expect(mercator([180, 0], 0)[0]).toBeCloseTo(512);
  });

  it('puts the north above the south', () => {
    expect(mercator([0, 40], 4)[1]).toBeLessThan(mercator([0, 20], 4)[1]);
  });
});

describe('projector', () => {
  it('puts the view center in the middle of the view', () => {
    const [x, y] = projector(view)(view.center);
    expect(x).toBeCloseTo(640);
    expect(y).toBeCloseTo(360);
  });

  it('moves one world width per 360 degrees of longitude', () => {
    const project = projector(view);
    expect(project([-108 + 360 / worldSize(6), 31.75])[0]).toBeCloseTo(641);
  });
});

describe('geometryPath', () => {
  it('closes polygon rings and leaves lines open', () => {
    const ring = [[-107, 31], [-106, 31], [-106, 32], [-107, 31]];
    expect(geometryPath({ type: 'Polygon', coordinates: [ring] }, view)).toMatch(/^M[\d. -]+(L[\d. -]+)+Z$/);
    expect(geometryPath({ type: 'LineString', coordinates: ring }, view)).not.toContain('Z');
  });

  it('draws every part of multi-geometries', () => {
    const a = [[-107, 31], [-106, 31]];
    const b = [[-106, 32], [-105, 32]];
    expect(geometryPath({ type: 'MultiLineString', coordinates: [a, b] }, view).match(/M/g)).toHaveLength(2);
  });

  it('skips geometry far outside the view', () => {
    const faraway = [[-80, 10], [-79, 10], [-79, 11], [-80, 10]];
    expect(geometryPath({ type: 'Polygon', coordinates: [faraway] }, view)).toBe('');
  });

  it('keeps only the stretches of a line near the view, not its off-view length', () => {
    // From far east of the view, across it, and on far to the west: one stretch survives.
    const line = [[-90, 31.5], [-95, 31.5], [-100, 31.5], [-106, 31.5], [-110, 31.5], [-116, 31.5], [-125, 31.5]];
    const d = geometryPath({ type: 'LineString', coordinates: line }, view);
    expect(d.match(/M/g)).toHaveLength(1);
    expect(d.match(/[ML]/g)?.length).toBeLessThan(line.length);
  });

  it('keeps a long segment that crosses the view though both its ends lie outside', () => {
    expect(geometryPath({ type: 'LineString', coordinates: [[-130, 31.75], [-80, 31.75]] }, view)).toMatch(/^M.+L.+$/);
  });

  it('ignores points and missing geometry', () => {
    expect(geometryPath({ type: 'Point', coordinates: [-106.5, 31.75] }, view)).toBe('');
    expect(geometryPath(null, view)).toBe('');
  });
});

describe('linePath', () => {
  it('needs at least two points', () => {
    expect(linePath(undefined, view)).toBe('');
    expect(linePath([[-106.5, 31.75]], view)).toBe('');
    expect(linePath([[-107, 31], [-106, 32]], view)).toMatch(/^M.+L.+$/);
  });
});

describe('basemapPaths', () => {
  it('separates the two countries by their iso code', () => {
    const square = (lon: number) => [[[lon, 31], [lon + 1, 31], [lon + 1, 32], [lon, 31]]];
    const fc: FeatureCollection = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: { layer: 'country', iso: 'USA' }, geometry: { type: 'Polygon', coordinates: square(-107) } },
        { type: 'Feature', properties: { layer: 'country', iso: 'MEX' }, geometry: { type: 'Polygon', coordinates: square(-106) } },
      ],
    };
    const paths = basemapPaths(fc, view);
    expect(paths.usa).not.toBe('');
    expect(paths.mexico).not.toBe('');
    expect(paths.usa).not.toBe(paths.mexico);
    expect(paths.border).toBe('');
  });
});

describe('patchPaths', () => {
  it('draws a detail patch with its own sea, and strokes its coast lines, not the edges of its cut', () => {
    const land = [[[-107, 31], [-106, 31], [-106, 32], [-107, 32], [-107, 31]]];
    const fc: FeatureCollection = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: { layer: 'sea' }, geometry: { type: 'Polygon', coordinates: [[[-108, 31], [-107, 31], [-107, 32], [-108, 32], [-108, 31]]] } },
        { type: 'Feature', properties: { layer: 'country', iso: 'USA' }, geometry: { type: 'Polygon', coordinates: land } },
        { type: 'Feature', properties: { layer: 'coast' }, geometry: { type: 'LineString', coordinates: [[-107, 31], [-107, 32]] } },
      ],
    };
    const paths = patchPaths(fc, view);
    expect(paths.sea).not.toBe('');
    expect(paths.usa).toBe(basemapPaths(fc, view).usa);
    expect(paths.coast).toBe(linePath([[-107, 31], [-107, 32]], view));
  });
});

describe('inView', () => {
  it('treats the view edges as inside', () => {
    expect(inView([0, 0], view)).toBe(true);
    expect(inView([1281, 10], view)).toBe(false);
    expect(inView([-20, 10], view, -40)).toBe(true);
  });
});

describe('centreOffset', () => {
  it('moves the view so that the camera lands that many px from its middle', () => {
    const v: View = { center: centreOffset([-106.4, 31.8], 8, 150, -40), zoom: 8, width: 1000, height: 600 };
    const [x, y] = projector(v)([-106.4, 31.8]);
    expect(x).toBeCloseTo(500 + 150, 6);
    expect(y).toBeCloseTo(300 - 40, 6);
  });
});
