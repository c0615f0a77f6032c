import { describe, expect, it } from 'vitest';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import { plans } from '@/content/story-geo';
import { placeById } from '@/content/story';
import type { LonLat } from '@/content/schema';
import { addPlanLayers, disc, DOT_RADIUS_M, PLAN_SOURCE } from './plan-layers';

/** A map that records the sources and layers it is given. */
function fakeMap() {
  const sources = new Map<string, { data: FeatureCollection }>();
  const layers: { id: string; type: string }[] = [];
  const map = {
    getSource: (id: string) => sources.get(id),
    addSource: (id: string, spec: { data: FeatureCollection }) => sources.set(id, spec),
    getLayer: (id: string) => layers.find((l) => l.id === id),
    addLayer: (layer: { id: string; type: string }) => layers.push(layer),
  };
  return { map: map as unknown as MapLibreMap, sources, layers };
}

describe('the drawn plans on the WebGL map', () => {
  it('draws a dot as a closed disc of its radius in metres around its point', () => {
    const at: LonLat = [-118.2, 34.03];
    const ring = disc(at, 2).coordinates[0]!;
    expect(ring[0]).toEqual(ring[ring.length - 1]);
    for (const [lon, lat] of ring) {
      const dx = (lon! - at[0]) * 111_320 * Math.cos((at[1] * Math.PI) / 180);
      const dy = (lat! - at[1]) * 111_320;
      expect(Math.hypot(dx, dy)).toBeCloseTo(2, 6);
    }
  });

  it('has no circle layer and no point in its shapes: the payphone and the trees are discs the fill draws', () => {
    const placed = plans.map((plan) => ({ plan, pin: placeById(plan.place)!.coordinates }));
    expect(placed.length).toBeGreaterThan(0);
    const { map, sources, layers } = fakeMap();
    addPlanLayers(map, placed, 15);
    expect(layers.map((l) => l.type)).not.toContain('circle');
    const features = sources.get(PLAN_SOURCE)!.data.features;
    expect(features.every((f) => f.geometry.type === 'Polygon')).toBe(true);
    const dots = features.filter((f) => ['payphone', 'tree'].includes(String(f.properties?.kind)));
    // The corner's payphone is there, as a disc.
    expect(dots.some((f) => f.properties?.kind === 'payphone')).toBe(true);
    expect(dots.every((f) => f.geometry.type === 'Polygon' && f.geometry.coordinates[0]!.length === 17)).toBe(true);
    expect(DOT_RADIUS_M).toBeGreaterThan(0);
  });
});
