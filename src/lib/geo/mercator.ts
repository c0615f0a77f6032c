/**
 * Web Mercator as MapLibre draws it, in one place: the WebGL map's framing, the still maps'
 * projection and the route's pixel length all use these. World units run 0…1 across the map
 * from the top-left (180° W, 85.05° N); at zoom z the world is 512·2^z CSS px wide.
 */
export const TILE_PX = 512;
export const MAX_LAT = 85.051129;

/** The world's width in CSS px at `zoom`. */
export const worldSize = (zoom: number): number => TILE_PX * 2 ** zoom;

/** Longitude → world x (0…1). */
export const mercatorX = (lon: number): number => (lon + 180) / 360;

/** Latitude → world y (0…1, north at 0), clamped to the latitudes Web Mercator can show. */
export function mercatorY(lat: number): number {
  const phi = (Math.max(-MAX_LAT, Math.min(MAX_LAT, lat)) * Math.PI) / 180;
  return 0.5 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / (2 * Math.PI);
}

/** World y (0…1) → latitude. */
export const latitudeAt = (y: number): number => (Math.atan(Math.sinh(Math.PI * (1 - 2 * y))) * 180) / Math.PI;

/** Ground distance one CSS pixel covers at `zoom` and latitude `lat`, km. */
export const kmPerPixel = (zoom: number, lat: number): number => (40075.016686 * Math.cos((lat * Math.PI) / 180)) / worldSize(zoom);
