import type { FeatureCollection, GeoJsonProperties, Geometry, Position } from 'geojson';
import { latitudeAt, mercatorX, mercatorY, worldSize } from '@/lib/geo/mercator';

export type LonLat = readonly [number, number];
export type Pixel = [number, number];

/** A Web Mercator view in MapLibre terms: 512 px tiles, so the world is 512·2^zoom px wide. */
export interface View {
  center: LonLat;
  zoom: number;
  width: number;
  height: number;
}

/** Geometry further than this outside the view (px) is skipped. */
const MARGIN = 64;
/** Consecutive points closer than this (px) are merged when building paths. */
const MIN_STEP = 0.6;

export { worldSize };

/** Longitude/latitude → world pixel at the given zoom (origin top-left of the world). */
export function mercator([lon, lat]: LonLat, zoom: number): Pixel {
  const size = worldSize(zoom);
  return [mercatorX(lon) * size, mercatorY(lat) * size];
}

/** Returns lonLat → view pixel (origin top-left of the view, center in the middle). */
export function projector(view: View): (lonLat: LonLat | Position) => Pixel {
  const [cx, cy] = mercator(view.center, view.zoom);
  const dx = view.width / 2 - cx;
  const dy = view.height / 2 - cy;
  return (p) => {
    const [x, y] = mercator([p[0] ?? 0, p[1] ?? 0], view.zoom);
    return [x + dx, y + dy];
  };
}

const fmt = (v: number): string => String(Math.round(v * 10) / 10);

function nearView(points: Pixel[], view: View): boolean {
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of points) {
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  }
  return maxX >= -MARGIN && minX <= view.width + MARGIN && maxY >= -MARGIN && minY <= view.height + MARGIN;
}

/**
 * The stretches of an open line whose segments come near the view. A state line or the
 * border runs thousands of px off-view when zoomed in, and every dash of it would be drawn
 * (and printed: megabytes of PDF) though none can be seen.
 */
function nearRuns(points: Pixel[], view: View): Pixel[][] {
  const near = ([ax, ay]: Pixel, [bx, by]: Pixel) =>
    Math.max(ax, bx) >= -MARGIN && Math.min(ax, bx) <= view.width + MARGIN &&
    Math.max(ay, by) >= -MARGIN && Math.min(ay, by) <= view.height + MARGIN;
  const runs: Pixel[][] = [];
  let run: Pixel[] = [];
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    if (near(a, b)) {
      if (!run.length) run.push(a);
      run.push(b);
    } else if (run.length) {
      runs.push(run);
      run = [];
    }
  }
  if (run.length) runs.push(run);
  return runs;
}

function pathData(points: Pixel[]): string {
  const kept: Pixel[] = [];
  points.forEach((p, i) => {
    const last = kept[kept.length - 1];
    const isEnd = i === points.length - 1;
    if (!last || isEnd || Math.abs(p[0] - last[0]) + Math.abs(p[1] - last[1]) >= MIN_STEP) kept.push(p);
  });
  return kept.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${fmt(x)} ${fmt(y)}`).join('');
}

/** One SVG subpath ("M… L…", closed with Z for rings), or '' when off-view or degenerate. */
export function subpath(line: Position[], project: (p: Position) => Pixel, view: View, closed: boolean): string {
  const points = line.map(project);
  if (points.length < 2 || !nearView(points, view)) return '';
  return closed ? `${pathData(points)}Z` : nearRuns(points, view).map(pathData).join('');
}

/** SVG path data for (Multi)Polygon and (Multi)LineString geometry; other types give ''. */
export function geometryPath(geometry: Geometry | null, view: View): string {
  if (!geometry) return '';
  const project = projector(view);
  const lines = (coords: Position[][], closed: boolean) =>
    coords.map((line) => subpath(line, project, view, closed)).join('');
  switch (geometry.type) {
    case 'Polygon':
      return lines(geometry.coordinates, true);
    case 'MultiPolygon':
      return geometry.coordinates.map((polygon) => lines(polygon, true)).join('');
    case 'LineString':
      return lines([geometry.coordinates], false);
    case 'MultiLineString':
      return lines(geometry.coordinates, false);
    default:
      return '';
  }
}

/** Joined path data of every feature whose `properties.layer` is `layer` (and that passes `where`). */
export function layerPath(
  fc: FeatureCollection | null,
  layer: string,
  view: View,
  where: (props: NonNullable<GeoJsonProperties>) => boolean = () => true,
): string {
  if (!fc) return '';
  return fc.features
    .filter((f) => f.properties?.layer === layer && where(f.properties))
    .map((f) => geometryPath(f.geometry, view))
    .join('');
}

export interface BasemapPaths {
  land: string;
  usa: string;
  mexico: string;
  coast: string;
  state: string;
  border: string;
  /** City context (Natural Earth): built-up areas, lakes, rivers, railways. */
  urban: string;
  lake: string;
  river: string;
  rail: string;
}

/** SVG path data of every basemap.json layer drawn by the static map. */
export function basemapPaths(fc: FeatureCollection | null, view: View): BasemapPaths {
  return {
    land: layerPath(fc, 'country', view),
    usa: layerPath(fc, 'country', view, (p) => p.iso === 'USA'),
    mexico: layerPath(fc, 'country', view, (p) => p.iso === 'MEX'),
    coast: layerPath(fc, 'country', view),
    state: layerPath(fc, 'state', view),
    border: layerPath(fc, 'border', view),
    urban: layerPath(fc, 'urban', view),
    lake: layerPath(fc, 'lake', view),
    river: layerPath(fc, 'river', view),
    rail: layerPath(fc, 'rail', view),
  };
}

export interface PatchPaths extends BasemapPaths {
  sea: string;
}

/**
 * SVG path data of a detail patch (public/basemap/detail-<id>.json): opaque — its own sea
 * and land cover the overview beneath — with its own coast lines (the edges of its land
 * polygons include the patch's straight cut, which must not be stroked).
 */
export function patchPaths(fc: FeatureCollection, view: View): PatchPaths {
  return { ...basemapPaths(fc, view), sea: layerPath(fc, 'sea', view), coast: layerPath(fc, 'coast', view) };
}

/** Path data of a polyline given as [lon, lat] pairs ('' for fewer than two points). */
export function linePath(coordinates: readonly LonLat[] | undefined, view: View): string {
  if (!coordinates || coordinates.length < 2) return '';
  return geometryPath({ type: 'LineString', coordinates: coordinates.map(([lon, lat]) => [lon, lat]) }, view);
}

/** True when a pixel lies inside the view, optionally shrunk by `inset` px. */
export function inView([x, y]: Pixel, view: View, inset = 0): boolean {
  return x >= inset && x <= view.width - inset && y >= inset && y <= view.height - inset;
}

/**
 * The view centre that puts `center` `dx`, `dy` px right of and below the view's middle at
 * `zoom`: a camera framed in the open part of a map whose edges something covers (MapLibre's
 * camera padding).
 */
export function centreOffset(center: LonLat, zoom: number, dx: number, dy: number): [number, number] {
  const size = worldSize(zoom);
  const [x, y] = mercator(center, zoom);
  return [((x - dx) / size) * 360 - 180, latitudeAt((y - dy) / size)];
}
