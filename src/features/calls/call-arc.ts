/**
 * A call drawn as an arc between two phones: a quadratic Bézier curve in lon/lat degrees,
 * bowed towards the pole so it reads as a link through the air (and echoes how a great
 * circle bends on a Web Mercator map) rather than as a road. Pure: no map, no DOM.
 */
import type { LonLat } from '@/content/schema';

export interface ArcOptions {
  /** How far the curve's control point sits off the chord's midpoint, as a share of the chord (0.25). */
  bend?: number;
  /** Number of straight pieces the curve is drawn with (32); the arc has `segments + 1` points. */
  segments?: number;
}

/**
 * Points from `from` to `to` (both `[lon, lat]` degrees), both ends included.
 * Takes the short way round across the antimeridian (longitudes may then pass ±180,
 * which map libraries draw continuously). `null` when the two ends are the same point
 * (mother and son at one corner have no line between them) or `segments` is below 1.
 */
export function callArc(from: LonLat, to: LonLat, { bend = 0.25, segments = 32 }: ArcOptions = {}): LonLat[] | null {
  const [x0, y0] = from;
  let [x1] = to;
  const [, y1] = to;
  if (x1 - x0 > 180) x1 -= 360;
  else if (x0 - x1 > 180) x1 += 360;
  const dx = x1 - x0;
  const dy = y1 - y0;
  const chord = Math.hypot(dx, dy);
  if (chord < 1e-9 || segments < 1) return null;
  // A unit normal to the chord, turned to point poleward (north in the north, south in the south).
  let nx = -dy / chord;
  let ny = dx / chord;
  const poleward = Math.sign(y0 + y1) || 1;
  if (ny * poleward < 0 || (ny === 0 && nx < 0)) [nx, ny] = [-nx, -ny];
  const cx = (x0 + x1) / 2 + nx * bend * chord;
  const cy = (y0 + y1) / 2 + ny * bend * chord;
  const points: LonLat[] = [];
  for (let i = 0; i <= segments; i++) {
    const t = i / segments;
    const a = (1 - t) * (1 - t);
    const b = 2 * (1 - t) * t;
    const c = t * t;
    points.push([a * x0 + b * cx + c * x1, a * y0 + b * cy + c * y1]);
  }
  points[0] = [x0, y0];
  points[segments] = [x1, y1];
  return points;
}
