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
 *    An inland area (El Paso–Ciudad Juárez) has no sea and no coast: a gap in the land data
 *    there is land of the country beside it, never a lake or a sea.
 *  - City context in both (Natural Earth, public domain, from sources/natural-earth-corridor.json,
 *    see natural-earth-extract.ts): built-up areas (`urban`), rivers (`river`, where the river is
 *    not the border), lakes (`lake`) and railways (`rail`); the overview keeps the big rivers, the
 *    built-up areas and the railways, the patches everything at their own resolution.
 *
 * The slow first step (clipping the 120 MB world file to the region) is cached in .cache/.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
const CONTEXT = join(HERE, 'sources/natural-earth-corridor.json');

/** The land border meets the Rio Grande at Monument 1; east of it the border is the river. */
const RIO_GRANDE_WEST = -106.5283;
/** North of Monument 1 the river runs inside the United States (New Mexico, Texas). */
const MONUMENT_1_LAT = 31.785;
const IS_BORDER = '(A.A3=="USA"&&B.A3=="MEX")||(A.A3=="MEX"&&B.A3=="USA")';
const COUNTRY = '-each A3=(A3=="USA"||A3=="MEX")?A3:"OTHER"';

function mapshaper(args: string): Record<string, Geometry[]> {
  const dir = mkdtempSync(join(tmpdir(), 'basemap-'));
  try {
    execFileSync(MAPSHAPER, ['-quiet', ...splitArgs(args), '-o', 'target=*', 'format=geojson', `${dir}/`], { stdio: 'inherit' });
    const out: Record<string, Geometry[]> = {};
    for (const name of ['countries', 'border', 'coast', 'sea', 'statelines', 'gap', 'context']) {
      // A layer of mixed lines and polygons comes out as name1.json, name2.json…
      const files = readdirSync(dir).filter((f) => new RegExp(`^${name}\\d*\\.json$`).test(f)).sort();
      for (const file of files) {
        const json = JSON.parse(readFileSync(join(dir, file), 'utf8')) as { geometries?: Geometry[]; features?: Feature[] };
        (out[name] ??= []).push(...(json.geometries ?? json.features!.map((f) => ({ ...f.geometry, properties: f.properties }) as Geometry)));
      }
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

/**
 * Natural Earth's city context inside `b`, simplified at `interval` metres: built-up areas,
 * lakes, railways and rivers (`keep` chooses which). The Rio Grande east of Monument 1 is the
 * border, which draws it already (`border-river`): only its course upstream is kept.
 */
function contextFeatures(b: Bounds, interval: number, keep: (p: ContextProps) => boolean): Feature[] {
  const dir = mkdtempSync(join(tmpdir(), 'context-'));
  try {
    const all = JSON.parse(readFileSync(CONTEXT, 'utf8')) as FeatureCollection;
    const input = join(dir, 'natural-earth.json');
    writeFileSync(input, JSON.stringify({ ...all, features: all.features.filter((f) => keep(f.properties as ContextProps)) }));
    const { context = [] } = mapshaper(`-i ${input} name=context -clip ${bbox(b)} -simplify interval=${interval} keep-shapes`);
    return context.flatMap((g) => {
      const p = (g as { properties?: ContextProps }).properties!;
      const props = p.layer === 'river' && p.name ? { name: p.name } : {};
      if (p.layer === 'river' && p.name === 'Rio Grande') return upstreamOfBorder(g).map((line) => feature('river', line, props));
      return [feature(p.layer, g, props)];
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

interface ContextProps { layer: 'river' | 'lake' | 'rail' | 'urban'; name?: string; scalerank?: number }

/** The runs of a river line upstream of Monument 1 (downstream of it the river is the border). */
function upstreamOfBorder(g: Geometry): Geometry[] {
  const lines = g.type === 'LineString' ? [g.coordinates] : g.type === 'MultiLineString' ? g.coordinates : [];
  const runs: Position[][] = [];
  for (const line of lines) {
    let run: Position[] = [];
    for (const p of line) {
      if (p[0]! < RIO_GRANDE_WEST || p[1]! > MONUMENT_1_LAT) run.push(p);
      else if (run.length) {
        runs.push(run);
        run = [];
      }
    }
    if (run.length) runs.push(run);
  }
  return runs.filter((r) => r.length > 1).map((coordinates) => ({ type: 'LineString', coordinates }));
}

/** True when a point lies inside a ring (even-odd rule). */
function inRing([x, y]: Position, ring: Position[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as [number, number];
    const [xj, yj] = ring[j] as [number, number];
    if (yi > y! !== yj > y! && x! < ((xj - xi) * (y! - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/**
 * The country a gap in an inland patch's land belongs to: the overview's country at the middle
 * of the gap (the overview, seen from afar, has no such gap).
 */
function gapCountry(gap: Geometry, overviewCountries: Feature[]): string {
  const ring = gap.type === 'Polygon' ? gap.coordinates[0]! : gap.type === 'MultiPolygon' ? gap.coordinates[0]![0]! : [];
  const mid: Position = [0, 1].map((k) => ring.reduce((sum, p) => sum + p[k]!, 0) / Math.max(1, ring.length));
  for (const f of overviewCountries) {
    const g = f.geometry;
    const polys = g.type === 'MultiPolygon' ? g.coordinates : g.type === 'Polygon' ? [g.coordinates] : [];
    if (polys.some(([outer, ...holes]) => outer && inRing(mid, outer) && !holes.some((h) => inRing(mid, h)))) return String(f.properties?.iso);
  }
  return 'OTHER';
}

/**
 * The overview's countries without the holes that reach into an inland detail area. South-west
 * of Ciudad Juárez the land data leaves an area out (most likely an intermittent lake: its
 * staircase edge is a raster's); from afar it showed the sea colour of the map's background,
 * beside the patch that draws it as land.
 */
function withInlandHolesFilled(f: Feature): Feature {
  const g = f.geometry;
  if (f.properties?.layer !== 'country' || (g.type !== 'Polygon' && g.type !== 'MultiPolygon')) return f;
  const inland = DETAIL_AREAS.filter((a) => a.inland).map((a) => a.bounds);
  const filled = (ring: Position[]) => inland.some(([w, s, e, n]) => ring.some(([x, y]) => x! >= w && x! <= e && y! >= s && y! <= n));
  const keep = (poly: Position[][]) => poly.filter((ring, i) => i === 0 || !filled(ring));
  return { ...f, geometry: g.type === 'Polygon' ? { ...g, coordinates: keep(g.coordinates) } : { ...g, coordinates: g.coordinates.map(keep) } };
}

function overview(source: string): Feature[] {
  const layers = mapshaper(
    `-i ${source} name=countries ${COUNTRY} -dissolve A3 -simplify interval=900 keep-shapes` +
    ` -filter-islands min-area=40000000 remove-empty -innerlines where=${IS_BORDER} + name=border`,
  );
  return [
    ...(layers.countries ?? []).map((g) => withInlandHolesFilled(feature('country', g, countryProps(g)))),
    // Seen from afar, only the big rivers (the Colorado, the Gila, the Rio Grande), the cities and
    // the railways (the line along the road west, through Tucson and Phoenix).
    ...contextFeatures(BASEMAP_BOUNDS, 900, (p) => p.layer === 'urban' || (p.layer === 'river' && (p.scalerank ?? 99) <= 6)),
    // Railways show from zoom 6 on (faint) and are the overview's heaviest context: simplified more.
    ...contextFeatures(BASEMAP_BOUNDS, 1500, (p) => p.layer === 'rail'),
    ...stateLines(BASEMAP_BOUNDS, 2000),
    ...borderFeatures(layers.border ?? []),
    ...labelFeatures(),
  ];
}

function patch(source: string, area: DetailArea, overviewCountries: Feature[]): Feature[] {
  const b = area.bounds;
  const layers = mapshaper(
    `-i ${source} name=countries -clip ${bbox(b)} ${COUNTRY} -dissolve A3 -simplify interval=15 keep-shapes` +
    ` -filter-islands min-area=20000 remove-empty -innerlines where=${IS_BORDER} + name=border` +
    ` -dissolve target=countries + name=land -lines target=land + name=coast -clip target=coast ${bbox(inset(b))}` +
    ` -rectangle ${bbox(b)} name=${area.inland ? 'gap' : 'sea'} -erase target=${area.inland ? 'gap' : 'sea'} land`,
  );
  const countries = layers.countries ?? [];
  return [
    ...(layers.sea ?? []).map((g) => feature('sea', g)),
    ...countries.map((g) => feature('country', g, countryProps(g))),
    // Inland, a gap in the land data is the land of the country beside it, and there is no coast.
    ...(layers.gap ?? []).map((g) => feature('country', g, { iso: gapCountry(g, overviewCountries) })),
    ...(area.inland ? [] : (layers.coast ?? []).map((g) => feature('coast', g))),
    ...contextFeatures(b, 15, () => true),
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
  const whole = overview(source);
  write('basemap.json', whole, 3, 100 * MIN_SPECK);
  const countries = whole.filter((f) => f.properties?.layer === 'country');
  for (const area of DETAIL_AREAS) write(`detail-${area.id}.json`, patch(source, area, countries), 5);
}

main();
