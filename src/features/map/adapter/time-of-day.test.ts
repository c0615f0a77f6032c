import { describe, expect, it } from 'vitest';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { CITY_LIGHTS, LIGHTS_FADE, NIGHT_WATER, nightPaint } from '@/lib/palette/night';
import { createTimeOfDay } from './time-of-day';

/** A map with a style's layers and their paint, enough for the time of day to read and set. */
function fakeMap(layers: { id: string; type: string; paint: Record<string, unknown> }[]) {
  const paint = new Map(layers.map((l) => [l.id, { ...l.paint }]));
  const map = {
    getStyle: () => ({ layers }),
    getPaintProperty: (id: string, prop: string) => paint.get(id)?.[prop],
    setPaintProperty: (id: string, prop: string, value: unknown) => { paint.get(id)![prop] = value; },
  };
  return { map: map as unknown as MapLibreMap, paint };
}

/** Brightness of a #rrggbb colour as the sum of its channels (0–765). */
const lum = (hex: string) => parseInt(hex.slice(1, 3), 16) + parseInt(hex.slice(3, 5), 16) + parseInt(hex.slice(5, 7), 16);

describe('the map by night', () => {
  const layers = [
    { id: 'land', type: 'fill', paint: { 'fill-color': '#f3e7d3' } },
    { id: 'urban', type: 'fill', paint: { 'fill-color': '#e2d0b4', 'fill-outline-color': '#9a8262' } },
    { id: 'detail-la-urban', type: 'fill', paint: { 'fill-color': '#e2d0b4', 'fill-outline-color': '#9a8262' } },
  ];

  it('sinks land into the night but lights the built-up areas, the detail patches\' too, and gives the day back', () => {
    const { map, paint } = fakeMap(layers);
    const time = createTimeOfDay(map);
    time.set('night', 0);
    expect(paint.get('land')!['fill-color']).toBe(nightPaint('#f3e7d3', 'area'));
    // Lit on an overview, fading to a faint tone close up: [interpolate, linear, zoom, z0, far, z1, near].
    for (const id of ['urban', 'detail-la-urban']) {
      expect(paint.get(id)!['fill-color']).toEqual(['interpolate', ['linear'], ['zoom'], LIGHTS_FADE[0], CITY_LIGHTS.far.fill, LIGHTS_FADE[1], CITY_LIGHTS.near.fill]);
      expect(paint.get(id)!['fill-outline-color']).toEqual(['interpolate', ['linear'], ['zoom'], LIGHTS_FADE[0], CITY_LIGHTS.far.edge, LIGHTS_FADE[1], CITY_LIGHTS.near.edge]);
    }
    time.set('day', 0);
    expect(paint.get('urban')!['fill-color']).toBe('#e2d0b4');
    expect(paint.get('land')!['fill-color']).toBe('#f3e7d3');
  });

  it('lights stand out from the night land around them', () => {
    const land = nightPaint('#f3e7d3', 'area');
    expect(lum(CITY_LIGHTS.far.fill)).toBeGreaterThan(lum(land) + 40);
    // Close up, only a shade lighter than the land: the scene's streets and places stay on top.
    expect(lum(CITY_LIGHTS.near.fill) - lum(land)).toBeGreaterThan(0);
    expect(lum(CITY_LIGHTS.near.fill) - lum(land)).toBeLessThan(40);
  });

  it('keeps the sea darker than the land by night, so a night overview still shows its coasts', () => {
    const { map, paint } = fakeMap([
      { id: 'background', type: 'background', paint: { 'background-color': '#bccdd0' } },
      { id: 'sea', type: 'fill', paint: { 'fill-color': '#bccdd0' } },
      { id: 'detail-el-paso-lake', type: 'fill', paint: { 'fill-color': '#bccdd0', 'fill-outline-color': '#7f979b' } },
      { id: 'sea-shallow', type: 'line', paint: { 'line-color': '#dce8e6' } },
      { id: 'country-fill', type: 'fill', paint: { 'fill-color': '#f3e9d2' } },
    ]);
    const time = createTimeOfDay(map);
    time.set('night', 0);
    const land = paint.get('country-fill')!['fill-color'] as string;
    for (const [id, prop] of [['background', 'background-color'], ['sea', 'fill-color'], ['detail-el-paso-lake', 'fill-color']] as const) {
      expect(paint.get(id)![prop]).toBe(NIGHT_WATER.sea);
    }
    // Clearly apart (the moonlight rule alone left them 24 apart in the sum of channels), the shallow band between.
    expect(lum(land) - lum(NIGHT_WATER.sea)).toBeGreaterThan(80);
    const shallow = paint.get('sea-shallow')!['line-color'] as string;
    expect(lum(shallow)).toBeGreaterThan(lum(NIGHT_WATER.sea));
    expect(lum(shallow)).toBeLessThan(lum(land));
    time.set('day', 0);
    expect(paint.get('sea')!['fill-color']).toBe('#bccdd0');
  });
});
