/**
 * The basemap file arrives over the network: valid JSON is not yet a basemap. This keeps only
 * what the maps can draw — a FeatureCollection of features with well-formed geometry — and
 * gives `null` for anything else, so a wrong file means a map without land, never a crash.
 */
import type { Feature, FeatureCollection } from 'geojson';

/** How deeply each geometry nests its [lon, lat] positions. */
const DEPTH: Record<string, number> = { Point: 0, MultiPoint: 1, LineString: 1, MultiLineString: 2, Polygon: 2, MultiPolygon: 3 };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function nests(value: unknown, depth: number): boolean {
  if (!Array.isArray(value)) return false;
  if (depth === 0) return value.length >= 2 && Number.isFinite(value[0]) && Number.isFinite(value[1]);
  return value.every((v) => nests(v, depth - 1));
}

function isFeature(value: unknown): value is Feature {
  if (!isRecord(value) || value.type !== 'Feature' || !isRecord(value.geometry)) return false;
  if (value.properties !== null && value.properties !== undefined && !isRecord(value.properties)) return false;
  const depth = typeof value.geometry.type === 'string' ? DEPTH[value.geometry.type] : undefined;
  return depth !== undefined && nests(value.geometry.coordinates, depth);
}

export function asBasemap(value: unknown): FeatureCollection | null {
  if (!isRecord(value) || value.type !== 'FeatureCollection' || !Array.isArray(value.features)) return null;
  return { type: 'FeatureCollection', features: value.features.filter(isFeature) };
}
