import { describe, expect, it } from 'vitest';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { LonLat } from '@/content/schema';
import { createStoryLines, mercatorLength, storyLineFeatures, travelledGradient, travelledShare } from './overlay-layers';
import { moverWalls } from './label-walls';
import { addStorySources, LINES_SOURCE } from './story-source';

/** A map with the lines source and the travelled layers: records what each is sent. */
function fakeLinesMap() {
  const sent: unknown[] = [];
  const paints: { layer: string; name: string; value: unknown }[] = [];
  const sources = new Map<string, unknown>();
  const map = {
    getSource: (id: string) => sources.get(id),
    addSource: (id: string, spec: unknown) => sources.set(id, { spec, setData: (d: unknown) => sent.push(d), updateData: (d: unknown) => sent.push(d) }),
    getLayer: (id: string) => (id.startsWith('route-travelled') ? { id } : undefined),
    setPaintProperty: (layer: string, name: string, value: unknown) => void paints.push({ layer, name, value }),
  };
  return { map: map as unknown as MapLibreMap, sent, paints, source: (id: string) => sources.get(id) as { spec: Record<string, unknown> } };
}
const tick = () => new Promise<void>((r) => queueMicrotask(r));

describe('the story lines source (one source for the journey, the call arc and the travellers\' walls)', () => {
  const route: Record<'ahead' | 'call', LonLat[]> = { ahead: [[-100, 30], [-101, 31]], call: [] };

  it('holds each line with two points or more as its own part, and no empty lines', () => {
    const parts = storyLineFeatures(route, []).features.map((f) => f.properties?.part);
    expect(parts).toEqual(['ahead']);
    expect(storyLineFeatures({ ...route, call: [[-100, 30], [-118, 34]] }, []).features.map((f) => f.properties?.part)).toEqual(['ahead', 'call']);
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

describe('the travelled line: the journey drawn up to the traveller by a gradient', () => {
  it('measures lines as MapLibre\'s line-progress does: straight in Web Mercator, the world 1 across', () => {
    expect(mercatorLength([[0, 0], [36, 0]])).toBeCloseTo(0.1, 12);
    expect(mercatorLength([[0, 0], [0, 10]])).toBeGreaterThan(mercatorLength([[0, 0], [10, 0]])); // north stretches
    expect(mercatorLength([[0, 0]])).toBe(0);
  });

  it('puts the traveller at the share of the journey\'s length travelled', () => {
    const whole: LonLat[] = [[-100, 0], [-99, 0], [-97, 0]];
    const total = mercatorLength(whole);
    expect(travelledShare([[-100, 0], [-100, 0]], total)).toBe(0);
    expect(travelledShare([[-100, 0], [-99, 0], [-98.5, 0]], total)).toBeCloseTo(0.5, 12);
    expect(travelledShare(whole, total)).toBe(1);
    expect(travelledShare(whole, 0)).toBe(0); // no journey yet
  });

  it('draws the colour up to the share and nothing after; the whole journey to its last texel', () => {
    expect(travelledGradient('#27466e', 0.25)).toEqual(['step', ['line-progress'], '#27466e', 0.25, 'rgba(0, 0, 0, 0)']);
    expect(travelledGradient('#27466e', 0)[3]).toBe(0);
    expect(travelledGradient('#27466e', 1)[3]).toBeGreaterThan(1);
  });

  it('moves the travelled line by the layers\' paint alone: no new geometry, no re-tiling', async () => {
    const { map, sent, paints, source } = fakeLinesMap();
    addStorySources(map);
    expect(source(LINES_SOURCE).spec.lineMetrics).toBe(true);
    const lines = createStoryLines(map);
    lines.setLine('ahead', [[-100, 0], [-98, 0]]);
    await tick();
    sent.length = 0;
    lines.setLine('travelled', [[-100, 0], [-99, 0]]);
    await tick();
    expect(sent).toEqual([]);
    expect(paints.map((p) => [p.layer, p.name, (p.value as unknown[])[3]])).toEqual([
      ['route-travelled-casing', 'line-gradient', expect.closeTo(0.5, 12)],
      ['route-travelled-line', 'line-gradient', expect.closeTo(0.5, 12)],
    ]);
    // The same place again changes nothing.
    lines.setLine('travelled', [[-100, 0], [-99, 0]]);
    expect(paints).toHaveLength(2);
  });
});
