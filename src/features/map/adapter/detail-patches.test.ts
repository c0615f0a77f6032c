// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { createDetailPatches } from './detail-patches';

/** Just what the patches ask of a map: sources, layers and their visibility. */
function fakeMap() {
  const sources: string[] = [];
  const layers = new Map<string, string>();
  const map = {
    addSource: (id: string) => void sources.push(id),
    addLayer: (layer: { id: string }) => void layers.set(layer.id, 'visible'),
    getStyle: () => ({ layers: [...layers.keys()].map((id) => ({ id })) }),
    setLayoutProperty: (id: string, _name: string, value: string) => void layers.set(id, value),
  };
  const shown = (prefix: string) => [...layers].filter(([id]) => id.startsWith(prefix)).map(([, v]) => v);
  return { map: map as unknown as MapLibreMap, sources, shown };
}

const LA: [number, number] = [-118.3, 34.05];
const EL_PASO: [number, number] = [-106.47, 31.775];
const size = { width: 800, height: 720 };

describe('detail patches', () => {
  it('adds a city’s patch where the camera goes, once', () => {
    const f = fakeMap();
    const patches = createDetailPatches(f.map, size, () => {});
    patches.ensure(LA, 10, false);
    patches.ensure(LA, 10, true);
    expect(f.sources).toEqual(['detail-los-angeles']);
    expect(patches.shown()).toEqual(['los-angeles']);
  });

  it('keeps the patch it leaves while the camera flies, and hides it once arrived elsewhere', () => {
    const f = fakeMap();
    const patches = createDetailPatches(f.map, size, () => {});
    patches.ensure(LA, 10, true);
    patches.ensure(EL_PASO, 11, false); // the flight begins
    expect(patches.shown().sort()).toEqual(['el-paso', 'los-angeles']);
    patches.ensure(EL_PASO, 11, true); // arrived
    expect(patches.shown()).toEqual(['el-paso']);
    expect(new Set(f.shown('detail-los-angeles-'))).toEqual(new Set(['none']));
    expect(new Set(f.shown('detail-el-paso-'))).toEqual(new Set(['visible']));
  });

  it('shows a hidden patch again when the camera comes back, without loading it twice', () => {
    const f = fakeMap();
    let added = 0;
    const patches = createDetailPatches(f.map, size, () => added++);
    patches.ensure(LA, 10, true);
    patches.ensure(EL_PASO, 11, true);
    patches.ensure(LA, 10, true);
    expect(patches.shown()).toEqual(['los-angeles']);
    expect(new Set(f.shown('detail-los-angeles-'))).toEqual(new Set(['visible']));
    expect(f.sources).toEqual(['detail-los-angeles', 'detail-el-paso']);
    expect(added).toBe(2);
  });
});
