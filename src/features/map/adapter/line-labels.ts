/**
 * Where a road's or river's name is written, at every zoom: once or twice per frame, never a
 * row of repeats. Pure: no MapLibre, no DOM. The candidates are the points below; the map
 * picks, for the view it shows, at most two of them (chooseLinePoints).
 *
 * The points along the line form nested levels, as a printed atlas thins names by scale:
 * level 0 is where the entry's label point falls on the line, level k adds points halfway between those of level
 * k − 1 (spacing S_k = L / 2^(k−1) along the line, L its length). A level shows only while its
 * spacing on screen is at least the frame's `spacingPx`, so the names visible at any zoom are
 * between spacingPx and twice that apart. Each point carries `lz` = −log2(S_k): it shows while
 * `lz <= lineLabelThreshold(zoom, spacingPx)`.
 */
import type { LonLat } from '@/content/schema';

export interface LineLabelPoint {
  coordinates: LonLat;
  /** −log2 of its level's spacing (Mercator degrees); −99 for the entry's own label point. */
  lz: number;
}

/** Mercator y in degrees, so that distances along a line are proportional to screen pixels. */
const mercY = (lat: number) => (180 / Math.PI) * Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
const flat = (p: LonLat): [number, number] => [p[0], mercY(p[1])];

/** Finest spacing (Mercator degrees) worth a level: a street at plan scale. */
const FINEST_DEG = 0.0005;
/** At most about this many points along one line (the finest level of a long road is coarser). */
const MOST_POINTS = 128;

export function lineLabelPoints(coordinates: LonLat, line: readonly LonLat[] | undefined): LineLabelPoint[] {
  if (!line || line.length < 2) return [{ coordinates, lz: -99 }];
  const xy = line.map(flat);
  const cum = [0];
  for (let i = 1; i < xy.length; i++) cum.push(cum[i - 1]! + Math.hypot(xy[i]![0] - xy[i - 1]![0], xy[i]![1] - xy[i - 1]![1]));
  const length = cum[cum.length - 1]!;
  if (length <= 0) return [{ coordinates, lz: -99 }];
  const at = (t: number): LonLat => {
    let i = 1;
    while (i < cum.length - 1 && cum[i]! < t) i++;
    const f = (t - cum[i - 1]!) / (cum[i]! - cum[i - 1]! || 1);
    const a = line[i - 1]!, b = line[i]!;
    return [a[0] + (b[0] - a[0]) * f, a[1] + (b[1] - a[1]) * f];
  };
  // Where along the line the entry's own label point sits: its projection on the nearest
  // segment, where the name is written (on the road, not beside it).
  const [cx, cy] = flat(coordinates);
  let t0 = 0;
  let best = Infinity;
  for (let i = 1; i < xy.length; i++) {
    const [ax, ay] = xy[i - 1]!, [bx, by] = xy[i]!;
    const seg = cum[i]! - cum[i - 1]!;
    const f = seg > 0 ? Math.max(0, Math.min(1, ((cx - ax) * (bx - ax) + (cy - ay) * (by - ay)) / (seg * seg))) : 0;
    const d = Math.hypot(ax + (bx - ax) * f - cx, ay + (by - ay) * f - cy);
    if (d < best) [best, t0] = [d, cum[i - 1]! + f * seg];
  }
  const points: LineLabelPoint[] = [{ coordinates: at(t0), lz: -99 }];
  const finest = Math.max(FINEST_DEG, length / MOST_POINTS);
  for (let k = 1, spacing = length; spacing >= finest; k++, spacing /= 2) {
    const lz = -Math.log2(spacing);
    const first = Math.ceil(-t0 / spacing), last = Math.floor((length - t0) / spacing);
    for (let j = first; j <= last; j++) {
      // New at this level: odd multiples (even ones belong to a coarser level); level 1 has them all.
      if (j === 0 || (k > 1 && j % 2 === 0)) continue;
      points.push({ coordinates: at(t0 + j * spacing), lz });
    }
  }
  return points;
}

/**
 * The largest `lz` that shows at map `zoom` when names along a line must be at least
 * `spacingPx` apart on screen (512-px tiles: a degree is 512·2^zoom/360 px).
 */
export const lineLabelThreshold = (zoom: number, spacingPx: number): number =>
  zoom + Math.log2(512 / 360) - Math.log2(Math.max(1, spacingPx));

/** Names along a line at most about twice per frame: spaced by 0.7 of its longer side (a road bends). */
export const frameSpacingPx = (width: number, height: number): number => 0.7 * Math.max(width, height);

/** A place along a road or river where its name may be written, on screen (CSS px). */
export interface LineCandidate {
  /** The point's id in the gazetteer source (`pid`). */
  pid: string;
  /** The road or river it names. */
  entry: string;
  at: readonly [number, number];
}

/**
 * Which of the candidates a frame names: per road or river, the one nearest the frame's
 * centre and, if the line runs on far enough, one more at least `spacingPx` from it — never
 * more than two, and only inside `inset` (px from each edge), so each is written whole.
 */
export function chooseLinePoints(
  candidates: readonly LineCandidate[], width: number, height: number, inset: { x: number; y: number }, spacingPx: number,
  centre: readonly [number, number] = [width / 2, height / 2],
): string[] {
  const inside = candidates.filter(({ at: [x, y] }) => x >= inset.x && x <= width - inset.x && y >= inset.y && y <= height - inset.y);
  const fromCentre = (c: LineCandidate) => Math.hypot(c.at[0] - centre[0], c.at[1] - centre[1]);
  const chosen: string[] = [];
  for (const entry of new Set(inside.map((c) => c.entry))) {
    const mine = inside.filter((c) => c.entry === entry).sort((a, b) => fromCentre(a) - fromCentre(b));
    const first = mine[0]!;
    const second = mine.find((c) => Math.hypot(c.at[0] - first.at[0], c.at[1] - first.at[1]) >= spacingPx);
    chosen.push(first.pid, ...(second ? [second.pid] : []));
  }
  return chosen;
}
