import { describe, expect, it } from 'vitest';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { LonLat } from '@/content/schema';
import { createStoryLines, mercatorLength, moverFeatures, storyLineFeatures, travelledGradient, travelledShare } from './overlay-layers';
import { moverWalls } from './label-walls';
import { addStorySources, LINES_SOURCE, ROUTE_SOURCE } from './story-source';

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

describe('the story lines source (the journey and the call arc) and the travellers\' walls', () => {
  const route: Record<'ahead' | 'call', LonLat[]> = { ahead: [[-100, 30], [-101, 31]], call: [] };

  it('holds each line with two points or more as its own part, and no empty lines', () => {
    const parts = storyLineFeatures(route).features.map((f) => f.properties?.part);
    expect(parts).toEqual(['ahead']);
    expect(storyLineFeatures({ ...route, call: [[-100, 30], [-118, 34]] }).features.map((f) => f.properties?.part)).toEqual(['ahead', 'call']);
  });

  it('gives the travellers\' walls their own features, each with an id, sized from the marker\'s pixels', () => {
    const movers = moverFeatures(moverWalls([{ at: [-100, 30], px: 20 }, { at: [-118.2, 34], px: 40 }]));
    expect(movers.map((f) => f.geometry)).toEqual([
      { type: 'Point', coordinates: [-100, 30] },
      { type: 'Point', coordinates: [-118.2, 34] },
    ]);
    expect(movers.map((f) => f.properties?.k)).toEqual([0.625, 1.25]);
    // Every feature has its own id (MapLibre's updateData needs them).
    expect(new Set(movers.map((f) => f.id)).size).toBe(2);
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
    expect(travelledGradient('#27466e', 0.25)).toEqual(['case', ['<', ['line-progress'], 0.25], '#27466e', 'rgba(0, 0, 0, 0)']);
    const stop = (share: number) => (travelledGradient('#27466e', share)[1] as unknown[])[2];
    expect(stop(0)).toBe(0);
    expect(stop(1)).toBeGreaterThan(1);
  });

  it('moves the travelled line by the layers\' paint alone: no new geometry, no re-tiling', async () => {
    const { map, sent, paints, source } = fakeLinesMap();
    addStorySources(map);
    // Only the travelled line's source measures its length: dashes along a measured line lose their gaps.
    expect(source(ROUTE_SOURCE).spec.lineMetrics).toBe(true);
    expect(source(LINES_SOURCE).spec.lineMetrics).toBe(false);
    const lines = createStoryLines(map);
    lines.setLine('ahead', [[-100, 0], [-98, 0]]);
    await tick();
    sent.length = 0;
    lines.setLine('travelled', [[-100, 0], [-99, 0]]);
    await tick();
    expect(sent).toEqual([]);
    expect(paints.map((p) => [p.layer, p.name, ((p.value as unknown[])[1] as unknown[])[2]])).toEqual([
      ['route-travelled-casing', 'line-gradient', expect.closeTo(0.5, 12)],
      ['route-travelled-line', 'line-gradient', expect.closeTo(0.5, 12)],
    ]);
    // The traveller's wall moves in a source of its own: the journey's lines are not sent again.
    lines.setMovers(moverWalls([{ at: [-99, 0], px: 20 }]));
    await tick();
    expect(sent).toHaveLength(1);
    expect(JSON.stringify(sent[0])).not.toContain('LineString');
    // The same place again changes nothing.
    lines.setLine('travelled', [[-100, 0], [-99, 0]]);
    expect(paints).toHaveLength(2);
  });
});
