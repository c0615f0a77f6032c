/**
 * The city context a reader gets where the story happens, checked on the files the site serves
 * (public/basemap): built-up areas, rivers and railways around El Paso–Ciudad Juárez and Los
 * Angeles, the big rivers of the road west in the overview, no sea in the inland El Paso patch,
 * and the colours that draw them quieter than the journey.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Feature, FeatureCollection, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { basemapPalette } from './basemap';
import { DETAIL_AREAS } from './detail-areas';
import { inRing } from './in-ring.test-util';

const PUBLIC = resolve(__dirname, '../../../public/basemap');
const json = (file: string) => JSON.parse(readFileSync(resolve(PUBLIC, file), 'utf8')) as FeatureCollection;
const overview = json('basemap.json');
const patch = (id: string) => json(`detail-${id}.json`);
const layer = (fc: FeatureCollection, name: string) => fc.features.filter((f) => f.properties?.layer === name);

const positions = (f: Feature): Position[] => {
  const g = f.geometry;
  if (g.type === 'Polygon' || g.type === 'MultiLineString') return g.coordinates.flat();
  if (g.type === 'MultiPolygon') return g.coordinates.flat(2);
  if (g.type === 'LineString') return g.coordinates;
  return [];
};

const covers = (features: Feature[], p: [number, number]) => features.some((f) => {
  const polys = f.geometry.type === 'MultiPolygon' ? f.geometry.coordinates : f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : [];
  return polys.some(([outer]) => outer !== undefined && inRing(p, outer));
});
/** A point on a polygon's land: inside an outer ring and in none of its holes. */
const landAt = (features: Feature[], p: [number, number]) => features.some((f) => {
  const polys = f.geometry.type === 'MultiPolygon' ? f.geometry.coordinates : f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : [];
  return polys.some(([outer, ...holes]) => outer !== undefined && inRing(p, outer) && !holes.some((h) => inRing(p, h)));
});
/** Length of the lines of a layer inside a box, in km (roughly, at the box's latitude). */
function kmInside(features: Feature[], [w, s, e, n]: readonly number[]): number {
  let km = 0;
  for (const f of features) {
    const lines = f.geometry.type === 'LineString' ? [f.geometry.coordinates] : f.geometry.type === 'MultiLineString' ? f.geometry.coordinates : [];
    for (const line of lines) for (let i = 1; i < line.length; i++) {
      const [a, b] = [line[i - 1]!, line[i]!];
      if ([a, b].every(([x, y]) => x! >= w! && x! <= e! && y! >= s! && y! <= n!)) {
        km += Math.hypot((b[0]! - a[0]!) * 111.32 * Math.cos((a[1]! * Math.PI) / 180), (b[1]! - a[1]!) * 110.57);
      }
    }
  }
  return km;
}

const DOWNTOWN_EL_PASO: [number, number] = [-106.487, 31.759];
const CIUDAD_JUAREZ: [number, number] = [-106.44, 31.69];
const DOWNTOWN_LA: [number, number] = [-118.244, 34.052];
const BOYLE_HEIGHTS: [number, number] = [-118.205, 34.034];

describe('the city context the map draws', () => {
  it('shades El Paso and Ciudad Juárez as built-up, with railways through El Paso', () => {
    const ep = patch('el-paso');
    expect(covers(layer(ep, 'urban'), DOWNTOWN_EL_PASO)).toBe(true);
    expect(covers(layer(ep, 'urban'), CIUDAD_JUAREZ)).toBe(true);
    expect(kmInside(layer(ep, 'rail'), [-106.7, 31.6, -106.2, 32])).toBeGreaterThan(30);
  });

  it('draws the Rio Grande upstream of El Paso, and not a second time where the border is the river', () => {
    const rivers = layer(patch('el-paso'), 'river').filter((f) => f.properties?.name === 'Rio Grande');
    expect(kmInside(rivers, [-107.2, 31.785, -106.5, 32.5])).toBeGreaterThan(50);
    // Downstream of Monument 1 the border line, tagged `river`, draws it (see build.ts).
    expect(rivers.flatMap(positions).some(([x, y]) => x! > -106.52 && y! < 31.78)).toBe(false);
  });

  it('has no sea and no coast in the inland El Paso–Ciudad Juárez patch', () => {
    expect(DETAIL_AREAS.find((a) => a.id === 'el-paso')?.inland).toBe(true);
    const ep = patch('el-paso');
    expect(layer(ep, 'sea')).toEqual([]);
    expect(layer(ep, 'coast')).toEqual([]);
    // Where the land data had a gap south-west of Ciudad Juárez (most likely an intermittent
    // lake), the patch draws Mexico, and so does the overview from afar.
    expect(covers(layer(ep, 'country').filter((f) => f.properties?.iso === 'MEX'), [-106.95, 31.2])).toBe(true);
    const mexico = layer(overview, 'country').filter((f) => f.properties?.iso === 'MEX');
    for (const p of [[-106.95, 31.2], [-106.9, 31.05]] as [number, number][]) expect(landAt(mexico, p), String(p)).toBe(true);
  });

  it('shades Los Angeles as built-up, from downtown to Boyle Heights, with its railways', () => {
    const la = patch('los-angeles');
    expect(covers(layer(la, 'urban'), DOWNTOWN_LA)).toBe(true);
    expect(covers(layer(la, 'urban'), BOYLE_HEIGHTS)).toBe(true);
    expect(kmInside(layer(la, 'rail'), [-118.5, 33.8, -117.8, 34.3])).toBeGreaterThan(30);
  });

  it('draws the big rivers of the road west (the Colorado, the Gila, the Rio Grande) and the cities on it in the overview', () => {
    const names = new Set(layer(overview, 'river').map((f) => f.properties?.name));
    for (const name of ['Colorado', 'Gila', 'Rio Grande']) expect(names).toContain(name);
    for (const city of [[-110.93, 32.22], [-112.07, 33.45], DOWNTOWN_LA] as [number, number][]) {
      expect(covers(layer(overview, 'urban'), city)).toBe(true); // Tucson, Phoenix, Los Angeles
    }
  });

  it('draws the context quieter than the journey: lighter than the route and the places', () => {
    const light = (hex: string) => {
      const n = parseInt(hex.slice(1), 16);
      return 0.2126 * (n >> 16) + 0.7152 * ((n >> 8) & 255) + 0.0722 * (n & 255);
    };
    for (const c of [basemapPalette.urban, basemapPalette.rail, basemapPalette.river]) {
      expect(light(c)).toBeGreaterThan(light(basemapPalette.route));
      expect(light(c)).toBeGreaterThan(light(basemapPalette.place));
    }
  });
});
