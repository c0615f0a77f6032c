import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { loadStoryDir } from '@/content/read-story-dir';
import type { Point } from 'geojson';
import type { LonLat } from '@/content/schema';
import { gazetteerFeatures } from './label-layers';
import { frameSpacingPx, lineLabelPoints, lineLabelThreshold } from './line-labels';

const story = loadStoryDir(resolve(__dirname, '../../../../story'), 'story');
if (!story.ok) throw new Error('story does not parse');
const lines = story.story.gazetteer.filter((e) => e.line);

/** Screen pixels (512-px tiles, Web Mercator) of a point at a zoom. */
const px = ([lon, lat]: LonLat, zoom: number): [number, number] => {
  const k = (512 * 2 ** zoom) / 360;
  const y = (180 / Math.PI) * Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
  return [lon * k, -y * k];
};

/** The most of `points` any one w×h frame can hold. */
function mostInOneFrame(points: [number, number][], w: number, h: number): number {
  const byX = [...points].sort((a, b) => a[0] - b[0]);
  let most = 0;
  // A frame holding a set can be slid until its left and top edges touch points of the set.
  for (let i = 0; i < byX.length; i++) {
    const column: number[] = [];
    for (let j = i; j < byX.length && byX[j]![0] <= byX[i]![0] + w; j++) column.push(byX[j]![1]);
    column.sort((a, b) => a - b);
    for (let a = 0, b = 0; a < column.length; a++) {
      while (b < column.length && column[b]! <= column[a]! + h) b++;
      most = Math.max(most, b - a);
    }
  }
  return most;
}

describe('names along roads and rivers', () => {
  const sizes: [number, number][] = [[390, 844], [1024, 768], [1456, 1040], [1920, 1080]];

  it.each(lines.map((e) => [e.id, e] as const))('names %s at most twice in any frame, at any zoom', (_, entry) => {
    const points = gazetteerFeatures([entry]).features
      .filter((f) => f.properties?.geom === 'point')
      .map((f) => ({ at: (f.geometry as Point).coordinates as LonLat, lz: (f.properties?.lz as number | undefined) ?? -99 }));
    for (const [w, h] of sizes) {
      for (let zoom = 4; zoom <= 17; zoom += 0.5) {
        const level = lineLabelThreshold(zoom, frameSpacingPx(w, h));
        const shown = points.filter((p) => p.lz <= level).map((p) => px(p.at, zoom));
        expect(mostInOneFrame(shown, w, h), `${w}x${h} at zoom ${zoom}`).toBeLessThanOrEqual(2);
      }
    }
  });

  it('still names a long road more than once when the frame travels along it', () => {
    const road = lines.find((e) => e.id === 'interstate-10')!;
    const level = lineLabelThreshold(9, frameSpacingPx(1456, 1040));
    expect(lineLabelPoints(road.coordinates, road.line).filter((p) => p.lz <= level).length).toBeGreaterThan(2);
  });
});
