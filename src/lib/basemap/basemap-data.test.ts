/**
 * The geography a reader gets, checked on the very files the site serves (public/basemap):
 * every story place on its side of the US–Mexico border, the journey across the border once
 * and only at the crossing, and the first map's data within its budget.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { loadStoryDir } from '@/content/read-story-dir';
import type { LonLat } from '@/content/schema';
import { DETAIL_AREAS, detailAreasFor, stillDetailAreas } from './detail-areas';
import { inRing } from './in-ring.test-util';

const PUBLIC = resolve(__dirname, '../../../public/basemap');
const read = (file: string) => readFileSync(resolve(PUBLIC, file));
const json = (file: string) => JSON.parse(read(file).toString('utf8')) as FeatureCollection;
const overview = json('basemap.json');
const patches = DETAIL_AREAS.map((area) => ({ area, fc: json(`detail-${area.id}.json`) }));

const loaded = loadStoryDir(resolve(__dirname, '../../../story'), 'story');
if (!loaded.ok) throw new Error('the story does not load');
const story = loaded.story;

const patchAt = (p: LonLat) => patches.find(({ area: { bounds: [w, s, e, n] } }) => p[0] > w && p[0] < e && p[1] > s && p[1] < n);

/** The country the map draws at a point: from the detail patch where there is one (as the map does when zoomed in). */
function countryAt(p: LonLat): string | null {
  for (const f of (patchAt(p)?.fc ?? overview).features) {
    if (f.properties?.layer !== 'country') continue;
    const polys = f.geometry.type === 'MultiPolygon' ? f.geometry.coordinates : f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : [];
    if (polys.some(([outer, ...holes]) => outer && inRing(p, outer) && !holes.some((h) => inRing(p, h)))) return String(f.properties.iso);
  }
  return null;
}

const IN_MEXICO = new Set(['village']);
const ON_BORDER = 'border-crossing';

describe('the basemap the reader gets', () => {
  it.each(story.places.filter((p) => p.id !== ON_BORDER).map((p) => [p.id, p] as const))(
    'draws %s on its side of the border', (id, place) => {
      expect(countryAt(place.coordinates)).toBe(IN_MEXICO.has(id) ? 'MEX' : 'USA');
    });

  it('draws the journey across the border exactly once, at the crossing', () => {
    const { coordinates, stops } = story.route;
    const cross = stops.find((s) => s.place === ON_BORDER)!.index;
    const changes: number[] = [];
    let last: string | null = null;
    for (let i = 1; i < coordinates.length; i++) {
      const [a, b] = [coordinates[i - 1]!, coordinates[i]!];
      // About every 50 m where a patch has the river in detail (a wiggle between two samples is
      // a few metres); every 2 km elsewhere, where the route runs far from the border.
      const step = patchAt(a) || patchAt(b) ? 0.0005 : 0.02;
      const steps = Math.max(1, Math.ceil(Math.hypot(b[0] - a[0], b[1] - a[1]) / step));
      for (let k = 0; k <= steps; k++) {
        const country = countryAt([a[0] + ((b[0] - a[0]) * k) / steps, a[1] + ((b[1] - a[1]) * k) / steps]);
        if (country !== 'USA' && country !== 'MEX') continue;
        if (last !== null && country !== last) changes.push(i);
        last = country;
      }
    }
    expect(changes).toHaveLength(1);
    expect([cross, cross + 1]).toContain(changes[0]);
  });

  it('puts the crossing on the river itself, within 150 m of the drawn border', () => {
    const at = story.places.find((p) => p.id === ON_BORDER)!.coordinates;
    const lines = patches.flatMap(({ fc }) => fc.features)
      .filter((f) => f.properties?.layer === 'border' && f.geometry.type === 'LineString')
      .flatMap((f) => (f.geometry.type === 'LineString' ? [f.geometry.coordinates] : []));
    const kmPerDeg = 111.32;
    const distKm = Math.min(...lines.flatMap((line) => line.slice(1).map((b, i) => {
      const a = line[i]!;
      const [dx, dy] = [(b[0]! - a[0]!) * Math.cos((at[1] * Math.PI) / 180), b[1]! - a[1]!];
      const [px, py] = [(at[0] - a[0]!) * Math.cos((at[1] * Math.PI) / 180), at[1] - a[1]!];
      const t = Math.max(0, Math.min(1, (px * dx + py * dy) / (dx * dx + dy * dy || 1)));
      return Math.hypot(px - t * dx, py - t * dy) * kmPerDeg;
    })));
    expect(distKm).toBeLessThan(0.15);
  });

  it('keeps the first map view (the overview) within 120 KB gzip, and each detail patch small', () => {
    expect(gzipSync(read('basemap.json'), { level: 9 }).length).toBeLessThanOrEqual(120 * 1024);
    for (const { area } of patches) expect(gzipSync(read(`detail-${area.id}.json`), { level: 9 }).length).toBeLessThanOrEqual(40 * 1024);
  });

  it('loads a detail patch only for the chapters near it', () => {
    // On the desktop reading map (about 800 × 750 px).
    const near = story.chapters.filter((c) => detailAreasFor(c.camera.center, c.camera.zoom, 800, 750).length > 0).map((c) => c.id);
    expect(near).toEqual(expect.arrayContaining(['the-crossing', 'bus-station', 'the-corner']));
    for (const id of ['four-years-earlier', 'birthday-call', 'tucson', 'los-angeles']) expect(near).not.toContain(id);
  });

  it("gives the still map (no WebGL, the handout) the detail patch where a chapter's camera is at city scale", () => {
    const still = (id: string) => {
      const { center, zoom } = story.chapters.find((c) => c.id === id)!.camera;
      return stillDetailAreas(center, zoom, 800, 600).map((a) => a.id);
    };
    for (const id of ['the-crossing', 'towed', 'bus-station', 'tomato-fields']) expect(still(id)).toEqual(['el-paso']);
    for (const id of ['fired', 'enriques-choice', 'the-corner']) expect(still(id)).toEqual(['los-angeles']);
    for (const id of ['four-years-earlier', 'the-road-west', 'tucson']) expect(still(id)).toEqual([]);
  });
});
