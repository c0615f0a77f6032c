/**
 * Byte budgets of a built story, from Vite's manifest: what a reader downloads before the
 * first chapter is readable (entry HTML, its static JS graph, CSS, and the fonts that CSS
 * uses), the map (lazy: library, worker, basemap), and everything. Sizes are gzip bytes
 * (woff2 is already compressed and counted as is). Deterministic: no browser involved.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

interface ManifestEntry {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
  assets?: string[];
}
type Manifest = Record<string, ManifestEntry>;

export interface Budgets {
  initialBytes: number;
  initialFiles: string[];
  mapBytes: number;
  basemapBytes: number;
  totalBytes: number;
}

const gz = (dist: string, file: string) => {
  const data = readFileSync(join(dist, file));
  return file.endsWith('.woff2') ? data.length : gzipSync(data, { level: 9 }).length;
};

function walk(dir: string, base = ''): string[] {
  return readdirSync(join(dir, base)).flatMap((name) => {
    const rel = base ? `${base}/${name}` : name;
    return statSync(join(dir, rel)).isDirectory() ? walk(dir, rel) : [rel];
  });
}

/** Fonts the initial CSS declares in woff2 (a browser fetches only the first format it supports). */
function fontsOf(dist: string, cssFiles: string[]): string[] {
  // `url(/assets/x.woff2)` from the site's root, or `url(./x.woff2)` beside the CSS (relative builds).
  return cssFiles.flatMap((css) =>
    [...readFileSync(join(dist, css), 'utf8').matchAll(/url\(([^)]+?\.woff2)\)/g)].map((m) =>
      m[1]!.startsWith('/') ? m[1]!.slice(1) : posix.join(posix.dirname(css), m[1]!)));
}

export function measureBudgets(dist: string): Budgets {
  const manifestPath = join(dist, '.vite/manifest.json');
  if (!existsSync(manifestPath)) throw new Error(`${manifestPath} is missing: run vite build first`);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
  const entryKey = Object.keys(manifest).find((k) => manifest[k]!.isEntry && k.endsWith('index.html'));
  if (!entryKey) throw new Error('no index.html entry in the manifest');
  const js = new Set<string>();
  const css = new Set<string>();
  const visit = (key: string) => {
    const e = manifest[key];
    if (!e || js.has(e.file)) return;
    js.add(e.file);
    e.css?.forEach((c) => css.add(c));
    e.imports?.forEach(visit);
  };
  visit(entryKey);
  const initialFiles = ['index.html', ...js, ...css, ...fontsOf(dist, [...css])];
  const all = walk(dist).filter((f) => !f.startsWith('.vite/') && !f.endsWith('.woff'));
  const mapFiles = all.filter((f) => /maplibre|map-adapter|basemap/.test(f));
  const sum = (files: string[]) => files.reduce((n, f) => n + gz(dist, f), 0);
  return {
    initialBytes: sum(initialFiles),
    initialFiles,
    mapBytes: sum(mapFiles),
    basemapBytes: gz(dist, 'basemap/basemap.json'),
    totalBytes: sum(all),
  };
}
