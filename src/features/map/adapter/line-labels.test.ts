import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Point } from 'geojson';
import { loadStoryDir } from '@/content/read-story-dir';
import type { LonLat } from '@/content/schema';
import { EDGE_INSET, gazetteerFeatures } from './label-layers';
import { chooseLinePoints, frameSpacingPx, type LineCandidate } from './line-labels';

const loaded = loadStoryDir(resolve(__dirname, '../../../../story'), 'story');
if (!loaded.ok) throw new Error('the story does not load');
const lines = loaded.story.gazetteer.filter((e) => e.line);

/** World pixels (512-px tiles, Web Mercator) of a point at a zoom. */
const px = ([lon, lat]: LonLat, zoom: number): [number, number] => {
  const k = (512 * 2 ** zoom) / 360;
  const y = (180 / Math.PI) * Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
  return [lon * k, -y * k];
};

describe('names along roads and rivers', () => {
  const sizes: [number, number][] = [[390, 340], [1024, 768], [1440, 1040], [1920, 1080]];

  it.each(lines.map((e) => [e.id, e] as const))('names %s once or twice in every frame along it, at every zoom', (_, entry) => {
    const points = gazetteerFeatures([entry]).features.filter((f) => f.properties?.geom === 'point');
    // The frames: centred on each vertex of the line, at every size and zoom a chapter uses.
    for (const [w, h] of sizes) {
      for (let zoom = 4; zoom <= 17; zoom += 0.5) {
        for (const centre of entry.line!) {
          const [cx, cy] = px(centre, zoom);
          const candidates: LineCandidate[] = points.map((f) => {
            const [x, y] = px((f.geometry as Point).coordinates as LonLat, zoom);
            return { pid: String(f.properties!.pid), entry: entry.id, at: [x - cx + w / 2, y - cy + h / 2] };
          });
          const inset = { x: Math.min(EDGE_INSET.x, w / 4), y: Math.min(EDGE_INSET.y, h / 4) };
          const chosen = chooseLinePoints(candidates, w, h, inset, frameSpacingPx(w, h));
          const inside = candidates.some(({ at: [x, y] }) => x >= inset.x && x <= w - inset.x && y >= inset.y && y <= h - inset.y);
          expect(chosen.length, `${w}x${h} at zoom ${zoom}`).toBeLessThanOrEqual(2);
          if (inside) expect(chosen.length, `${w}x${h} at zoom ${zoom}`).toBeGreaterThanOrEqual(1);
          for (const pid of chosen) {
            const [x, y] = candidates.find((c) => c.pid === pid)!.at;
            expect(x >= inset.x && x <= w - inset.x && y >= inset.y && y <= h - inset.y).toBe(true);
          }
        }
      }
    }
  });

  it('offers a place along the line wherever a frame meets it (no long stretch without one)', () => {
    for (const entry of lines) {
      const along = gazetteerFeatures([entry]).features.filter((f) => f.properties?.geom === 'point' && f.properties.online);
      // Consecutive candidates, in Mercator degrees, no farther apart than 1/100 of the line's span.
      const span = Math.hypot(...([0, 1] as const).map((i) => Math.max(...entry.line!.map((p) => p[i])) - Math.min(...entry.line!.map((p) => p[i]))) as [number, number]);
      const nearest = entry.line!.map((v) => Math.min(...along.map((f) => Math.hypot(...((f.geometry as Point).coordinates.map((c, i) => c - v[i]!) as [number, number])))));
      expect(Math.max(...nearest), entry.id).toBeLessThan(span / 50);
    }
  });
});
