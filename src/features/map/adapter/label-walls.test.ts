import { describe, expect, it } from 'vitest';
import { clampOffset, createLabelWalls, tileRect, wallRects, WALL_IMAGES, WALL_INSIDE, type Rect } from './label-walls';
import { fakeLabelMap, settle } from './label-map.fixture';
import { NO_PADDING } from './scene';
import { moonBox } from '../moon-box';

/** The boxes' union covers every point of the rectangle (sampled on a grid). */
function covers(r: Rect): boolean {
  const boxes = tileRect(r).map(({ x, y, image, k }) => {
    const [w, h] = WALL_IMAGES[image];
    return { left: x - (w * k) / 2, right: x + (w * k) / 2, top: y - (h * k) / 2, bottom: y + (h * k) / 2 };
  });
  for (let i = 0; i <= 20; i++) for (let j = 0; j <= 20; j++) {
    const x = r.left + ((r.right - r.left) * i) / 20, y = r.top + ((r.bottom - r.top) * j) / 20;
    if (!boxes.some((b) => x >= b.left - 1e-6 && x <= b.right + 1e-6 && y >= b.top - 1e-6 && y <= b.bottom + 1e-6)) return false;
  }
  return true;
}

/** Whether a label's box (px of the map) meets any wall. */
const blocked = (label: Rect, walls: readonly Rect[]) =>
  walls.some((w) => label.left < w.right && label.right > w.left && label.top < w.bottom && label.bottom > w.top);

describe('walls for the map names', () => {
  it('tile any rectangle whole, with few boxes', () => {
    for (const r of [
      { left: -24, top: -24, right: 1944, bottom: 3 }, // an edge
      { left: -24, top: -24, right: 780, bottom: 1104 }, // a slide card's side
      { left: 10, top: 500, right: 134, bottom: 520 }, // the scale bar
      { left: 300, top: 12, right: 351, bottom: 63 }, // the moon
      { left: 0, top: 0, right: 5, bottom: 400 },
    ]) {
      expect(covers(r), JSON.stringify(r)).toBe(true);
      expect(tileRect(r).length).toBeLessThanOrEqual(16);
    }
  });

  it('a name crossing any edge of the map meets a wall; one whole in the open part does not', () => {
    const size = { width: 680, height: 640 };
    const pad = { top: 0, right: 0, bottom: 0, left: 0 };
    const walls = wallRects(size, pad);
    expect(blocked({ left: -40, top: 100, right: 60, bottom: 116 }, walls)).toBe(true); // "Pacific Ocean" off the left
    expect(blocked({ left: 600, top: 300, right: 700, bottom: 316 }, walls)).toBe(true);
    expect(blocked({ left: 200, top: 630, right: 300, bottom: 646 }, walls)).toBe(true);
    expect(blocked({ left: 200, top: -5, right: 300, bottom: 11 }, walls)).toBe(true);
    expect(blocked({ left: WALL_INSIDE + 1, top: 300, right: 120, bottom: 316 }, walls)).toBe(false);
  });

  it('keeps names out of what covers the map and off the moon', () => {
    const size = { width: 1920, height: 1080 };
    const pad = { top: 0, right: 0, bottom: 120, left: 760 };
    const moon = moonBox(size.width, pad, 1.5);
    const walls = wallRects(size, pad, [moon]);
    expect(blocked({ left: 700, top: 300, right: 820, bottom: 320 }, walls)).toBe(true); // under the slide card's edge
    expect(blocked({ left: 900, top: 950, right: 1000, bottom: 970 }, walls)).toBe(true); // under the legend
    expect(blocked({ left: moon.left - 30, top: moon.top + 10, right: moon.left + 10, bottom: moon.top + 30 }, walls)).toBe(true);
    expect(blocked({ left: 900, top: 300, right: 1100, bottom: 320 }, walls)).toBe(false);
  });

  it('puts the moon in the open part\'s top-right corner, scaled', () => {
    const m = moonBox(800, { top: 40, right: 10, bottom: 0, left: 0 }, 2);
    expect(m.right).toBe(800 - 10 - 12);
    expect(m.top).toBe(40 + 12);
    expect(m.right - m.left).toBeCloseTo(102.4);
  });
});

describe('a drawn plan\'s caption on a small map', () => {
  const open = { left: 4, top: 40, right: 316, bottom: 196 };
  it('moves up off the scale bar and attribution, and in from the sides', () => {
    expect(clampOffset({ x: 160, y: 190 }, { width: 250, height: 40 }, open)).toEqual([0, -14]);
    expect(clampOffset({ x: 20, y: 100 }, { width: 100, height: 20 }, open)).toEqual([34, 0]);
  });
  it('stays put when it fits, and is centred when it cannot', () => {
    expect(clampOffset({ x: 160, y: 100 }, { width: 100, height: 20 }, open)).toEqual([0, 0]);
    expect(clampOffset({ x: 160, y: 100 }, { width: 400, height: 20 }, open)).toEqual([0, 0]);
    expect(clampOffset({ x: 100, y: 100 }, { width: 400, height: 20 }, open)).toEqual([60, 0]);
  });
});

describe('the walls of one map', () => {
  it('fit a new time of day at once at rest, and leave it to the arrival while the camera flies', async () => {
    const f = fakeLabelMap();
    const walls = createLabelWalls(f.map, { width: 800, height: 600 }, { time: 'day', scale: 1 }, () => {});
    walls.fit(NO_PADDING);
    await settle();
    const [sent, filters] = [f.sent.length, f.filters.length];
    f.move(true);
    walls.setTime('night'); // the moon's corner becomes a wall
    await settle();
    expect([f.sent.length, f.filters.length]).toEqual([sent, filters]);
    f.move(false);
    walls.fit(NO_PADDING); // the arrival
    await settle();
    expect(f.sent.length).toBe(sent + 1);
    walls.setTime('day');
    await settle();
    expect(f.sent.length).toBe(sent + 2);
  });
});
