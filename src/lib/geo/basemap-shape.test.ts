import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { asBasemap } from './basemap-shape';

const point = (coordinates: unknown) => ({ type: 'Feature', properties: { layer: 'city' }, geometry: { type: 'Point', coordinates } });

describe('asBasemap', () => {
  it('gives null for valid JSON of the wrong shape', () => {
    for (const junk of [{ hello: 'world' }, [], null, 'text', 42, { type: 'FeatureCollection' }, { type: 'FeatureCollection', features: {} }]) {
      expect(asBasemap(junk)).toBeNull();
    }
  });

  it('drops features whose geometry cannot be drawn and keeps the rest', () => {
    const fc = asBasemap({
      type: 'FeatureCollection',
      features: [point([-99, 19]), point(['x', 19]), point([NaN, 1]), { type: 'Feature', geometry: null }, 7,
        { type: 'Feature', properties: 'no', geometry: { type: 'Point', coordinates: [1, 2] } },
        { type: 'Feature', properties: null, geometry: { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 0]]] } },
        { type: 'Feature', properties: null, geometry: { type: 'Polygon', coordinates: [[0, 0]] } }],
    });
    expect(fc?.features.map((f) => f.geometry.type)).toEqual(['Point', 'Polygon']);
  });

  it('keeps every feature of the shipped basemap', () => {
    const shipped = JSON.parse(readFileSync('public/basemap/basemap.json', 'utf8')) as { features: unknown[] };
    expect(asBasemap(shipped)?.features).toHaveLength(shipped.features.length);
  });
});
