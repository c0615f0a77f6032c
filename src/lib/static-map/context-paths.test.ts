/** The still SVG map (no WebGL, the handout) draws the same city context as the live map. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { basemapPaths, patchPaths } from './project';

const json = (file: string) => JSON.parse(readFileSync(resolve(__dirname, '../../../public/basemap', file), 'utf8')) as FeatureCollection;

describe('the still map draws the city context', () => {
  it('at the bus station in El Paso: built-up area, railways and the Rio Grande, and no sea', () => {
    const paths = patchPaths(json('detail-el-paso.json'), { center: [-106.47, 31.775], zoom: 10, width: 800, height: 600 });
    for (const layer of ['urban', 'rail', 'river'] as const) expect(paths[layer].length, layer).toBeGreaterThan(50);
    expect(paths.sea).toBe('');
  });

  it('in Los Angeles: built-up area and railways', () => {
    const paths = patchPaths(json('detail-los-angeles.json'), { center: [-118.3, 34.05], zoom: 9.5, width: 800, height: 600 });
    for (const layer of ['urban', 'rail'] as const) expect(paths[layer].length, layer).toBeGreaterThan(50);
  });

  it('on the road west, from the overview: the Colorado and the Gila, Phoenix and Tucson built-up', () => {
    const paths = basemapPaths(json('basemap.json'), { center: [-113, 33], zoom: 6, width: 800, height: 600 });
    expect(paths.river.length).toBeGreaterThan(50);
    expect(paths.urban.length).toBeGreaterThan(50);
  });
});
