/**
 * Cuts the story's corridor out of Natural Earth's 10m/50m layers into one small committed
 * file, sources/natural-earth-corridor.json, which build.ts draws the city context from:
 *
 *   tsx tools/basemap/natural-earth-extract.ts <folder with the Natural Earth shapefiles>
 *
 * Natural Earth (naturalearthdata.com, version 2.0.0 of these layers) is in the public domain.
 * No npm package ships these layers, so the extract (a few hundred KB, clipped to the corridor)
 * is committed and `npm run basemap` never needs the shapefiles themselves:
 *  - ne_10m_rivers_lake_centerlines: the Rio Grande / Río Bravo, the Colorado, the Gila;
 *  - ne_10m_rivers_north_america: the smaller rivers and washes of the corridor;
 *  - ne_10m_lakes_north_america: lakes and reservoirs;
 *  - ne_10m_railroads_north_america: the railways (El Paso's yards, Los Angeles');
 *  - ne_50m_urban_areas: built-up areas (El Paso–Ciudad Juárez, Tucson, Phoenix, Los Angeles).
 * (Natural Earth's 10m roads and 10m urban areas were not reachable from this workplace.)
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Feature, FeatureCollection } from 'geojson';

const HERE = dirname(fileURLToPath(import.meta.url));
const MAPSHAPER = join(HERE, 'node_modules/.bin/mapshaper');
/**
 * West, south, east, north: the route from Los Angeles to El Paso–Ciudad Juárez, with room for
 * every view of it down to the road west at zoom 6 (no river or railway ends inside a frame).
 */
export const CORRIDOR = [-125, 27, -102, 38.5] as const;

const LAYERS: { file: string; layer: string }[] = [
  { file: 'ne_10m_rivers_lake_centerlines', layer: 'river' },
  { file: 'ne_10m_rivers_north_america', layer: 'river' },
  { file: 'ne_10m_lakes_north_america', layer: 'lake' },
  { file: 'ne_10m_railroads_north_america', layer: 'rail' },
  { file: 'ne_50m_urban_areas', layer: 'urban' },
];

function clip(folder: string, file: string): Feature[] {
  const dir = mkdtempSync(join(tmpdir(), 'ne-'));
  try {
    const out = join(dir, 'out.json');
    execFileSync(MAPSHAPER, ['-quiet', '-i', join(folder, `${file}.shp`), '-clip', `bbox=${CORRIDOR.join(',')}`, '-o', out, 'format=geojson'], { stdio: 'inherit' });
    return (JSON.parse(readFileSync(out, 'utf8')) as FeatureCollection).features;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function main(): void {
  const folder = process.argv[2];
  if (!folder) throw new Error('usage: tsx tools/basemap/natural-earth-extract.ts <Natural Earth folder>');
  const features = LAYERS.flatMap(({ file, layer }) => clip(folder, file).map((f): Feature => {
    const p = f.properties ?? {};
    const name = typeof p.name === 'string' && p.name.trim() ? p.name.trim() : undefined;
    return { type: 'Feature', geometry: f.geometry, properties: { layer, ...(name ? { name } : {}), scalerank: p.scalerank, source: file } };
  }));
  const json = `${JSON.stringify({ type: 'FeatureCollection', features }, (_k, v: unknown) =>
    typeof v === 'number' && !Number.isInteger(v) ? Math.round(v * 1e5) / 1e5 : v)}\n`;
  writeFileSync(join(HERE, 'sources/natural-earth-corridor.json'), json);
  console.log(`natural-earth-corridor.json: ${features.length} features, ${(json.length / 1024).toFixed(1)} KB`);
}

main();
