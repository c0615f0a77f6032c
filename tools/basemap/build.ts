/**
 * Builds the basemap under public/basemap/ from OpenStreetMap-derived land borders
 * (@geo-maps/countries-land-100m, 100 m resolution, ODbL) and US state lines (us-atlas):
 *
 *   npm run basemap     (installs this folder's own packages first: ~120 MB of source data
 *                        that never enters the app's install, CI or build)
 *
 * Output (committed, so CI never downloads the sources):
 *  - basemap.json: the overview of the whole region (BASEMAP_BOUNDS), loaded with the map.
 *    Countries (fills), the US–Mexico border, state lines, and label points (labels.json).
 *  - detail-<id>.json, one per DETAIL_AREAS entry: an opaque patch (its own sea, countries,
 *    coast, border — tagged `river` where the border is the Rio Grande — and state lines)
 *    at ~15 m, drawn over the overview from the area's minZoom and fetched only near it.
 *
 * The slow first step (clipping the 120 MB world file to the region) is cached in .cache/.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import { parse } from 'yaml';
import { BASEMAP_BOUNDS } from '../../src/lib/basemap/basemap';
import { DETAIL_AREAS, type Bounds, type DetailArea } from '../../src/lib/basemap/detail-areas';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '../..');
const OUT = join(ROOT, 'public/basemap');
const CACHE = join(HERE, '.cache');
const require = createRequire(join(HERE, 'package.json'));
const MAPSHAPER = join(HERE, 'node_modules/.bin/mapshaper');
const WORLD = require.resolve('@geo-maps/countries-land-100m/map.geo.json');
const STATES = createRequire(join(ROOT, 'package.json')).resolve('us-atlas/states-10m.json');

/** The land border meets the Rio Grande at Monument 1; east of it the border is the river. */
const RIO_GRANDE_WEST = -106.5283;
const IS_BORDER = '(A.A3=="USA"&&B.A3=="MEX")||(A.A3=="MEX"&&B.A3=="USA")';
const COUNTRY = '-each A3=(A3=="USA"||A3=="MEX")?A3:"OTHER"';

function mapshaper(args: string): Record<string, Geometry[]> {
  const dir = mkdtempSync(join(tmpdir(), 'basemap-'));
  try {
    execFileSync(MAPSHAPER, ['-quiet', ...splitArgs(args), '-o', 'target=*', 'format=geojson', `${dir}/`], { stdio: 'inherit' });
    const out: Record<string, Geometry[]> = {};
    for (const name of ['countries', 'border', 'coast', 'sea', 'statelines']) {
      const file = join(dir, `${name}.json`);
      if (!existsSync(file)) continue;
      const json = JSON.parse(readFileSync(file, 'utf8')) as { geometries?: Geometry[]; features?: Feature[] };
      out[name] = json.geometries ?? json.features!.map((f) => ({ ...f.geometry, properties: f.properties }) as Geometry);
    }
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Splits a command line on spaces outside quotes (the `-each` expressions have none). */
const splitArgs = (args: string) => args.trim().split(/\s+/);

const bbox = (b: Bounds) => `bbox=${b.join(',')}`;
const inset = ([w, s, e, n]: Bounds, d = 0.0005): Bounds => [w + d, s + d, e - d, n - d];

/** The region cut from the world file once (about three minutes), then reused. */
function corridor(): string {
  const file = join(CACHE, 'corridor.json');
  if (!existsSync(file)) {
    mkdirSync(CACHE, { recursive: true });
    execFileSync(MAPSHAPER, [WORLD, '-clip', bbox(BASEMAP_BOUNDS), '-o', file], { stdio: 'inherit' });
  }
  return file;
}

const feature = (layer: string, geometry: Geometry, props: Record<string, unknown> = {}): Feature => {
  const { properties: _drop, ...geom } = geometry as Geometry & { properties?: unknown };
  return { type: 'Feature', properties: { layer, ...props }, geometry: geom as Geometry };
};

const countryProps = (g: Geometry) => ({ iso: (g as { properties?: { A3?: string } }).properties?.A3 ?? 'OTHER' });

/** State lines (us-atlas, 1:10m): the lines between US states inside `b`. */
function stateLines(b: Bounds, interval: number): Feature[] {
  const { statelines = [] } = mapshaper(
    `-i ${STATES} -innerlines target=states + name=statelines -simplify target=statelines interval=${interval}` +
    ` -clip target=statelines ${bbox(b)} -drop target=states,nation`,
  );
  return statelines.map((g) => feature('state', g));
}

/** Splits border lines where they become the Rio Grande (east of Monument 1). */
function borderFeatures(geometries: Geometry[]): Feature[] {
  const lines = geometries.flatMap((g) =>
    g.type === 'LineString' ? [g.coordinates] : g.type === 'MultiLineString' ? g.coordinates : []);
  const runs: { river: boolean; line: Position[] }[] = [];
  for (const line of lines) {
    let run: { river: boolean; line: Position[] } | null = null;
    for (const p of line) {
      const river = p[0]! >= RIO_GRANDE_WEST;
      if (!run || run.river !== river) {
        const prev = run?.line[run.line.length - 1];
        run = { river, line: prev ? [prev] : [] };
        runs.push(run);
      }
      run.line.push(p);
    }
  }
  return runs.filter((r) => r.line.length > 1).map((r) =>
    feature('border', { type: 'LineString', coordinates: r.line }, r.river ? { river: true } : {}));
}

interface LabelEntry { name_en: string; name_es: string; coordinates: [number, number]; rank: number }
type LabelFile = Record<string, LabelEntry[]>;

/** Basemap label points, minus the names the story's gazetteer labels itself. */
function labelFeatures(): Feature[] {
  const labels = JSON.parse(readFileSync(join(HERE, 'labels.json'), 'utf8')) as LabelFile;
  const gazetteer = parse(readFileSync(join(ROOT, 'story/gazetteer.yaml'), 'utf8')) as { names: { name: { en: string } }[] };
  const told = new Set(gazetteer.names.map((n) => n.name.en));
  return Object.entries(labels).flatMap(([layer, entries]) =>
    entries.filter((e) => !told.has(e.name_en)).map(({ name_en, name_es, rank, coordinates }): Feature => ({
      type: 'Feature', properties: { layer, name_en, name_es, rank }, geometry: { type: 'Point', coordinates },
    })));
}

function overview(source: string): Feature[] {
  const layers = mapshaper(
    `-i ${source} name=countries ${COUNTRY} -dissolve A3 -simplify interval=900 keep-shapes` +
    ` -filter-islands min-area=40000000 remove-empty -innerlines where=${IS_BORDER} + name=border`,
  );
  return [
    ...(layers.countries ?? []).map((g) => feature('country', g, countryProps(g))),
    ...stateLines(BASEMAP_BOUNDS, 2000),
    ...borderFeatures(layers.border ?? []),
    ...labelFeatures(),
  ];
}

function patch(source: string, area: DetailArea): Feature[] {
  const b = area.bounds;
  const layers = mapshaper(
    `-i ${source} name=countries -clip ${bbox(b)} ${COUNTRY} -dissolve A3 -simplify interval=15 keep-shapes` +
    ` -filter-islands min-area=20000 remove-empty -innerlines where=${IS_BORDER} + name=border` +
    ` -dissolve target=countries + name=land -lines target=land + name=coast -clip target=coast ${bbox(inset(b))}` +
    ` -rectangle ${bbox(b)} name=sea -erase target=sea land`,
  );
  return [
    ...(layers.sea ?? []).map((g) => feature('sea', g)),
    ...(layers.countries ?? []).map((g) => feature('country', g, countryProps(g))),
    ...(layers.coast ?? []).map((g) => feature('coast', g)),
    ...stateLines(b, 200),
    ...borderFeatures(layers.border ?? []),
  ];
}

/** Square degrees of a ring (shoelace), for dropping specks. */
function ringArea(ring: Position[]): number {
  let sum = 0;
  for (let i = 1; i < ring.length; i++) sum += ring[i - 1]![0]! * ring[i]![1]! - ring[i]![0]! * ring[i - 1]![1]!;
  return Math.abs(sum) / 2;
}

/**
 * Drops specks the map would draw as little triangles: ponds and islets under MIN_SPECK
 * (holes and parts of polygons, and the closed coast lines around them).
 */
const MIN_SPECK = 0.0002; // square degrees, about 2 km²
function withoutSpecks(f: Feature, minArea: number): Feature | null {
  const g = f.geometry;
  const keepPolygon = (poly: Position[][]) => poly.filter((ring, i) => i === 0 || ringArea(ring) >= minArea);
  if (g.type === 'Polygon') return ringArea(g.coordinates[0] ?? []) < minArea ? null : { ...f, geometry: { ...g, coordinates: keepPolygon(g.coordinates) } };
  if (g.type === 'MultiPolygon') {
    const polys = g.coordinates.filter((poly) => ringArea(poly[0] ?? []) >= minArea).map(keepPolygon);
    return polys.length > 0 ? { ...f, geometry: { ...g, coordinates: polys } } : null;
  }
  const closedSpeck = (line: Position[]) => {
    const [a, b] = [line[0], line[line.length - 1]];
    return a !== undefined && b !== undefined && a[0] === b[0] && a[1] === b[1] && ringArea(line) < minArea;
  };
  if (g.type === 'MultiLineString') {
    const lines = g.coordinates.filter((l) => !closedSpeck(l));
    return lines.length > 0 ? { ...f, geometry: { ...g, coordinates: lines } } : null;
  }
  if (g.type === 'LineString') return closedSpeck(g.coordinates) ? null : f;
  return f;
}

/** Rounds every coordinate (GeoJSON has no delta encoding: digits are bytes). */
function rounded(fc: FeatureCollection, decimals: number): string {
  const f = 10 ** decimals;
  return `${JSON.stringify(fc, (_key, value: unknown) =>
    typeof value === 'number' && !Number.isInteger(value) ? Math.round(value * f) / f : value)}\n`;
}

/** Detail patches keep ponds from ~2 km²; the overview, seen from afar, only lakes from ~200 km². */
function write(name: string, features: Feature[], decimals: number, minSpeck = MIN_SPECK): void {
  const kept = features.map((f) => withoutSpecks(f, minSpeck)).filter((f): f is Feature => f !== null);
  const json = rounded({ type: 'FeatureCollection', features: kept }, decimals);
  writeFileSync(join(OUT, name), json);
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  console.log(`${name}: ${kept.length} features, ${kb(json.length)} raw, ${kb(gzipSync(json, { level: 9 }).length)} gzip`);
}

function main(): void {
  const source = corridor();
  mkdirSync(OUT, { recursive: true });
  write('basemap.json', overview(source), 3, 100 * MIN_SPECK);
  for (const area of DETAIL_AREAS) write(`detail-${area.id}.json`, patch(source, area), 5);
}

main();
