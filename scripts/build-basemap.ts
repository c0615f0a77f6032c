/**
 * Builds public/basemap/basemap.json: the embedded, offline basemap of the story region.
 *
 *   npx tsx scripts/build-basemap.ts     (or: npm run basemap)
 *
 * Sources: world-atlas countries-10m.json (Natural Earth 1:10m; its `land` object is the same
 * data as land-10m.json but shares arcs with the countries, so land, coast, countries and the
 * US–Mexico border line up exactly) and us-atlas states-10m.json (US Census).
 * The 1:10m data (rather than 1:50m) gives a border that follows the Rio Grande when zoomed in.
 * Arcs are simplified in topology (Douglas–Peucker, shared arcs stay shared), then the
 * GeoJSON is clipped to BASEMAP_BOUNDS, rounded to 3 decimals and tiny rings are dropped.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { merge, mesh, meshArcs } from 'topojson-client';
import type { GeometryCollection, GeometryObject, MultiPolygon as TopoMultiPolygon } from 'topojson-specification';
import type { Polygon as TopoPolygon, Topology } from 'topojson-specification';
import type { Feature, FeatureCollection, Geometry, MultiLineString, MultiPolygon, Position } from 'geojson';
import { BASEMAP_BOUNDS } from '../src/lib/basemap/basemap';

type Pt = [number, number];
type Ring = Pt[];
type Bounds = readonly [number, number, number, number];

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'public/basemap/basemap.json');
const WORLD_SOURCE = 'world-atlas/countries-10m.json';
/**
 * Douglas–Peucker tolerances in degrees. Inside FOCUS (where the story happens and the map
 * zooms in) lines keep ~0.7 km detail, the border even more; elsewhere (only seen zoomed out)
 * 4 km is below a pixel at zoom 4.
 */
const TOLERANCE = { focus: 0.007, outside: 0.04, border: 0.002 };
const FOCUS: Bounds = [-120, 18, -97, 35.5];
const DECIMALS = 3;
const MIN_RING_AREA = 0.01; // square degrees (~100 km²)
const USA = '840';
const MEX = '484';

const require = createRequire(import.meta.url);
const readJson = <T>(specifier: string): T => JSON.parse(readFileSync(require.resolve(specifier), 'utf8')) as T;

// ---------- topology simplification ----------

function perpDistSq(p: Pt, a: Pt, b: Pt): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len = dx * dx + dy * dy;
  const t = len === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len));
  const x = a[0] + t * dx - p[0];
  const y = a[1] + t * dy - p[1];
  return x * x + y * y;
}

type Tolerance = (p: Pt) => number;

/** Douglas–Peucker whose tolerance may vary with the location of the candidate point. */
function douglasPeucker(points: Pt[], tolerance: Tolerance): Pt[] {
  if (points.length < 3) return points;
  const keep = new Uint8Array(points.length);
  keep[0] = 1;
  keep[points.length - 1] = 1;
  const stack: [number, number][] = [[0, points.length - 1]];
  while (stack.length > 0) {
    const [first, last] = stack.pop()!;
    let maxDist = 0;
    let index = -1;
    for (let i = first + 1; i < last; i++) {
      const d = perpDistSq(points[i]!, points[first]!, points[last]!);
      if (d > maxDist) [maxDist, index] = [d, i];
    }
    if (index !== -1 && maxDist > tolerance(points[index]!) ** 2) {
      keep[index] = 1;
      stack.push([first, index], [index, last]);
    }
  }
  return points.filter((_, i) => keep[i] === 1);
}

/** Decodes (delta + transform) and simplifies every arc; returns an untransformed topology. */
function simplifyTopology<T extends Topology>(topology: T, tolerance: (arcIndex: number) => Tolerance): T {
  const { transform } = topology;
  const arcs = topology.arcs.map((arc, arcIndex) => {
    let x = 0;
    let y = 0;
    const absolute = arc.map((position): Pt => {
      if (!transform) return [position[0]!, position[1]!];
      x += position[0]!;
      y += position[1]!;
      return [x * transform.scale[0] + transform.translate[0], y * transform.scale[1] + transform.translate[1]];
    });
    return douglasPeucker(absolute, tolerance(arcIndex));
  });
  return { ...topology, transform: undefined, arcs };
}

const within = ([x, y]: Pt, [w, s, e, n]: Bounds): boolean => x >= w && x <= e && y >= s && y <= n;
const regional: Tolerance = (p) => (within(p, FOCUS) ? TOLERANCE.focus : TOLERANCE.outside);

// ---------- clipping to the bounds ----------

type Edge = { inside: (p: Pt) => boolean; cut: (a: Pt, b: Pt) => Pt };

function edges([w, s, e, n]: Bounds): Edge[] {
  const atX = (x: number) => (a: Pt, b: Pt): Pt => [x, a[1] + ((b[1] - a[1]) * (x - a[0])) / (b[0] - a[0])];
  const atY = (y: number) => (a: Pt, b: Pt): Pt => [a[0] + ((b[0] - a[0]) * (y - a[1])) / (b[1] - a[1]), y];
  return [
    { inside: (p) => p[0] >= w, cut: atX(w) },
    { inside: (p) => p[0] <= e, cut: atX(e) },
    { inside: (p) => p[1] >= s, cut: atY(s) },
    { inside: (p) => p[1] <= n, cut: atY(n) },
  ];
}

/** Sutherland–Hodgman against an axis-aligned rectangle; input and output rings are closed. */
function clipRing(ring: Ring, bounds: Bounds): Ring {
  let out = ring.slice(0, -1);
  for (const edge of edges(bounds)) {
    const input = out;
    out = [];
    let prev = input[input.length - 1];
    for (const cur of input) {
      if (prev === undefined) break;
      if (edge.inside(cur)) {
        if (!edge.inside(prev)) out.push(edge.cut(prev, cur));
        out.push(cur);
      } else if (edge.inside(prev)) {
        out.push(edge.cut(prev, cur));
      }
      prev = cur;
    }
  }
  const first = out[0];
  return first ? [...out, first] : [];
}

/** Runs of vertices inside the bounds, each extended by one vertex so it runs off the edge. */
function clipLine(line: Pt[], bounds: Bounds): Pt[][] {
  const near = (i: number) => [line[i - 1], line[i], line[i + 1]].some((p) => p !== undefined && within(p, bounds));
  const parts: Pt[][] = [[]];
  line.forEach((p, i) => (near(i) ? parts[parts.length - 1]!.push(p) : parts.push([])));
  return parts.filter((part) => part.length > 1);
}

// ---------- rounding and cleaning ----------

const factor = 10 ** DECIMALS;
const round = (v: number): number => Math.round(v * factor) / factor + 0; // + 0 turns -0 into 0

function roundPoints(points: Pt[]): Pt[] {
  const out: Pt[] = [];
  for (const [x, y] of points) {
    const p: Pt = [round(x), round(y)];
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  return out;
}

function ringArea(ring: Ring): number {
  let sum = 0;
  for (let i = 1; i < ring.length; i++) {
    const [x0, y0] = ring[i - 1]!;
    const [x1, y1] = ring[i]!;
    sum += x0 * y1 - x1 * y0;
  }
  return Math.abs(sum) / 2;
}

const toPts = (positions: Position[]): Pt[] => positions.map((p): Pt => [p[0]!, p[1]!]);

function polygonsOf(geometry: Geometry): Ring[][] {
  if (geometry.type === 'Polygon') return [geometry.coordinates.map(toPts)];
  if (geometry.type === 'MultiPolygon') return geometry.coordinates.map((poly) => poly.map(toPts));
  return [];
}

function cleanPolygons(geometry: Geometry, bounds: Bounds): MultiPolygon | null {
  const keepRing = (ring: Ring) => ring.length >= 4 && ringArea(ring) >= MIN_RING_AREA;
  const polygons: Ring[][] = [];
  for (const polygon of polygonsOf(geometry)) {
    const [outer, ...holes] = polygon.map((ring) => roundPoints(clipRing(ring, bounds)));
    if (outer && keepRing(outer)) polygons.push([outer, ...holes.filter(keepRing)]);
  }
  return polygons.length > 0 ? { type: 'MultiPolygon', coordinates: polygons } : null;
}

function cleanLines(lines: MultiLineString, bounds: Bounds): MultiLineString | null {
  const parts = lines.coordinates
    .flatMap((line) => clipLine(toPts(line), bounds))
    .map(roundPoints)
    .filter((line) => line.length >= 2);
  return parts.length > 0 ? { type: 'MultiLineString', coordinates: parts } : null;
}

/** Coastline = the rings of the (already clipped) land, split where they run along the bounds. */
function coastOf(land: MultiPolygon | null, [w, s, e, n]: Bounds): MultiLineString | null {
  const onBound = (a: Position, b: Position) =>
    (a[0] === b[0] && (a[0] === w || a[0] === e)) || (a[1] === b[1] && (a[1] === s || a[1] === n));
  const parts: Position[][] = [];
  for (const ring of land?.coordinates.flat() ?? []) {
    ring.forEach((p, i) => {
      const prev = ring[i - 1];
      if (!prev || onBound(prev, p)) parts.push([]);
      parts[parts.length - 1]!.push(p);
    });
  }
  const lines = parts.filter((part) => part.length > 1);
  return lines.length > 0 ? { type: 'MultiLineString', coordinates: lines } : null;
}

// ---------- assembling the layers ----------

interface LabelEntry {
  name_en: string;
  name_es: string;
  coordinates: [number, number];
  rank: number;
}
type LabelFile = Record<'city' | 'country-label' | 'state-label' | 'water-label', LabelEntry[]>;

const COUNTRY_NAMES: Record<string, { iso: string; name_en: string; name_es: string }> = {
  [USA]: { iso: 'USA', name_en: 'United States', name_es: 'Estados Unidos' },
  [MEX]: { iso: 'MEX', name_en: 'Mexico', name_es: 'México' },
};

function withLayer(layer: string, geometry: Geometry | null, props: Record<string, unknown> = {}): Feature[] {
  return geometry ? [{ type: 'Feature', properties: { layer, ...props }, geometry }] : [];
}

const isArea = (g: GeometryObject): g is TopoPolygon | TopoMultiPolygon =>
  g.type === 'Polygon' || g.type === 'MultiPolygon';

const isBorderPair = (a: GeometryObject, b: GeometryObject): boolean =>
  (a.id === USA && b.id === MEX) || (a.id === MEX && b.id === USA);

function worldFeatures(bounds: Bounds): Feature[] {
  type World = Topology<{ countries: GeometryCollection; land: GeometryCollection }>;
  const source = readJson<World>(WORLD_SOURCE);
  const borderArcs = new Set(
    meshArcs(source, source.objects.countries, isBorderPair).arcs.flat().map((i) => (i < 0 ? ~i : i)),
  );
  const world = simplifyTopology(source, (i) => (borderArcs.has(i) ? () => TOLERANCE.border : regional));
  const { countries, land } = world.objects;
  const countryFeatures = countries.geometries
    .filter(isArea)
    .filter((g) => g.id === USA || g.id === MEX)
    .flatMap((g) => withLayer('country', cleanPolygons(merge(world, [g]), bounds), COUNTRY_NAMES[String(g.id)]));
  const landGeometry = cleanPolygons(merge(world, land.geometries.filter(isArea)), bounds);
  return [
    ...withLayer('land', landGeometry),
    ...countryFeatures,
    ...withLayer('coast', coastOf(landGeometry, bounds)),
    ...withLayer('border', cleanLines(mesh(world, countries, isBorderPair), bounds), {
      name_en: 'United States–Mexico border',
      name_es: 'Frontera México–Estados Unidos',
    }),
  ];
}

function stateFeatures(bounds: Bounds): Feature[] {
  const us = simplifyTopology(
    readJson<Topology<{ states: GeometryCollection }>>('us-atlas/states-10m.json'),
    () => regional,
  );
  return withLayer('state', cleanLines(mesh(us, us.objects.states, (a, b) => a !== b), bounds));
}

function labelFeatures(labels: LabelFile): Feature[] {
  return Object.entries(labels).flatMap(([layer, entries]) =>
    entries.map(({ name_en, name_es, rank, coordinates }): Feature => ({
      type: 'Feature',
      properties: { layer, name_en, name_es, rank },
      geometry: { type: 'Point', coordinates },
    })),
  );
}

// ---------- sanity checks ----------

function pointInRing([x, y]: Pt, ring: Position[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as Pt;
    const [xj, yj] = ring[j] as Pt;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Warns about hand-placed labels on the wrong side of the coast (cities at sea, seas on land). */
function warnMisplacedLabels(features: Feature[], labels: LabelFile): void {
  const land = features.find((f) => f.properties?.layer === 'land')?.geometry;
  if (land?.type !== 'MultiPolygon') return;
  const onLand = (p: Pt) => land.coordinates.some(([outer]) => outer !== undefined && pointInRing(p, outer));
  for (const [layer, entries] of Object.entries(labels)) {
    for (const { name_en, coordinates } of entries) {
      const water = layer === 'water-label';
      if (onLand(coordinates) === water) console.warn(`warning: ${name_en} is ${water ? 'on land' : 'at sea'}`);
    }
  }
}

function main(): void {
  const labels = JSON.parse(readFileSync(join(ROOT, 'scripts/basemap-cities.json'), 'utf8')) as LabelFile;
  const shapes = [...worldFeatures(BASEMAP_BOUNDS), ...stateFeatures(BASEMAP_BOUNDS)];
  warnMisplacedLabels(shapes, labels);
  const fc: FeatureCollection = { type: 'FeatureCollection', features: [...shapes, ...labelFeatures(labels)] };
  const json = `${JSON.stringify(fc)}\n`;
  mkdirSync(dirname(OUT), { recursive: true });
  writeFileSync(OUT, json);
  const counts: Record<string, number> = {};
  for (const f of fc.features) counts[String(f.properties?.layer)] = (counts[String(f.properties?.layer)] ?? 0) + 1;
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  console.log(`wrote ${OUT}\nfeatures: ${JSON.stringify(counts)}`);
  console.log(`size: ${kb(Buffer.byteLength(json))} raw, ${kb(gzipSync(json, { level: 9 }).length)} gzip`);
}

main();
