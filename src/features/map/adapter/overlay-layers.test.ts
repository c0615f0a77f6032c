import { describe, expect, it } from 'vitest';
import type { LonLat } from '@/content/schema';
import { storyLineFeatures } from './overlay-layers';
import { moverWalls } from './label-walls';

describe('the story lines source (one source for the journey, the call arc and the travellers\' walls)', () => {
  const route: Record<'ahead' | 'travelled' | 'call', LonLat[]> = { ahead: [[-100, 30], [-101, 31]], travelled: [[-99, 29], [-100, 30]], call: [] };

  it('holds each line with two points or more as its own part, and no empty lines', () => {
    const parts = storyLineFeatures(route, []).features.map((f) => f.properties?.part);
    expect(parts).toEqual(['ahead', 'travelled']);
  });

  it('cuts the travelled line into stretches with ids, so that a step changes only the last one', () => {
    const at = (x: number): LonLat => [-100 + x, 30];
    const before = storyLineFeatures({ ...route, travelled: [at(0), at(1), at(2), at(2.4)] }, []).features;
    const after = storyLineFeatures({ ...route, travelled: [at(0), at(1), at(2), at(2.6)] }, []).features;
    const travelled = (fs: typeof before) => fs.filter((f) => f.properties?.part === 'travelled');
    expect(travelled(after).map((f) => f.id)).toEqual(['travelled-0', 'travelled-1', 'travelled-2']);
    expect(travelled(after).map((f) => f.geometry)).toEqual([
      { type: 'LineString', coordinates: [at(0), at(1)] },
      { type: 'LineString', coordinates: [at(1), at(2)] },
      { type: 'LineString', coordinates: [at(2), at(2.6)] },
    ]);
    const changed = after.filter((f, i) => JSON.stringify(f) !== JSON.stringify(before[i]));
    expect(changed.map((f) => f.id)).toEqual(['travelled-2']);
    // Every feature has its own id (MapLibre's updateData needs them).
    const ids = storyLineFeatures(route, moverWalls([{ at: [-100, 30], px: 20 }, { at: [-118.2, 34], px: 40 }])).features.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('puts the travellers\' walls in the same source, sized from the marker\'s pixels', () => {
    const walls = moverWalls([{ at: [-100, 30], px: 20 }, { at: [-118.2, 34], px: 40 }]);
    const movers = storyLineFeatures(route, walls).features.filter((f) => f.properties?.part === 'mover');
    expect(movers.map((f) => f.geometry)).toEqual([
      { type: 'Point', coordinates: [-100, 30] },
      { type: 'Point', coordinates: [-118.2, 34] },
    ]);
    expect(movers.map((f) => f.properties?.k)).toEqual([0.625, 1.25]);
  });
});
