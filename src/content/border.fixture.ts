/**
 * A small, accurate reference for the US–Mexico border around El Paso, for content tests
 * only (the basemap's simplified line runs about 1 km north of the real river downtown).
 *
 * East of Monument 1 the border is the Rio Grande (Río Bravo). Its course between El Paso
 * and Fort Quitman was straightened by the 1930s rectification, so a line through the
 * international bridges follows it to within about a kilometre. Bridge midpoints lie on the
 * border; coordinates from the bridges' Wikipedia articles (read 2026-11): Paso del Norte
 * 31.74765, −106.48698; Bridge of the Americas 31.76467, −106.45136; Ysleta–Zaragoza
 * 31.6711, −106.3380; Tornillo–Guadalupe 31.43286, −106.14792. West of the river the border
 * is a surveyed land line: 31°47′ N from the Rio Grande (Monument 1, ≈ −106.528) to
 * 108°12′ W, then 31°20′ N to 111°04′ W (treaty lines, Gadsden Purchase, 1853), then to the
 * Colorado River; California's line is taken at its northernmost, 32.72° N, and carried west
 * over the sea so that Los Angeles is covered.
 *
 * `[longitude, latitude]`, sorted west to east, so the border's latitude is a function of
 * longitude (the step at 108°12′ W is two points 0.0001° apart).
 */
import type { LonLat } from './schema';

export const BORDER_WEST_TO_EAST: readonly LonLat[] = [
  [-119.0, 32.72],
  [-114.72, 32.72],
  [-111.07, 31.3333],
  [-108.2084, 31.3333],
  [-108.2083, 31.7833],
  [-106.528, 31.7833],
  [-106.48698, 31.74765],
  [-106.45136, 31.76467],
  [-106.338, 31.6711],
  [-106.14792, 31.43286],
];

/** Margin the reference line can be trusted to, degrees of latitude (≈ 1.1 km). */
export const BORDER_TOLERANCE_DEG = 0.01;

/**
 * Latitude of the border at `lon` (linear between reference points); `null` outside the
 * reference's span, where this fixture cannot say.
 */
export function borderLatitudeAt(lon: number): number | null {
  const line = BORDER_WEST_TO_EAST;
  for (let i = 1; i < line.length; i++) {
    const [x0, y0] = line[i - 1]!;
    const [x1, y1] = line[i]!;
    if (lon >= x0 && lon <= x1) return y0 + ((lon - x0) / (x1 - x0)) * (y1 - y0);
  }
  return null;
}

/** Signed distance north of the border at the point's longitude, degrees; `null` off the span. */
export function degreesNorthOfBorder([lon, lat]: LonLat): number | null {
  const border = borderLatitudeAt(lon);
  return border === null ? null : lat - border;
}
