/**
 * `npm run package`: the story for a teacher with no server.
 *
 * - `package/under-the-same-moon.html`: one self-contained page (both languages, the map
 *   library and its worker, the basemap and every other data file the build emits, the font,
 *   the still-map fallback) that works opened straight from disk, a USB stick or an LMS, with
 *   no network, under a strict content-security policy (hashes for its inline code).
 * - `package/under-the-same-moon-site.zip`: the normal build, for any static host.
 *
 * Prints both files' sizes.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { zipSync } from 'fflate';
import { build } from 'vite';
import { addInlinedFiles, inlineFile, inlineIcon, withSingleFilePolicy } from '../src/build/single-file-html.ts';
import type { InlinedFiles } from '../src/offline/file-shim.ts';

const OUT = process.env.PACKAGE_DIR ?? 'package';
const PAGE = 'under-the-same-moon.html';
const ZIP = 'under-the-same-moon-site.zip';
/** Built files the single page does not need: the page itself, the service worker, crawler hints, Vite's manifest. */
const NOT_DATA = /^(index\.html|sw\.js|robots\.txt|\.vite\/.*)$/;

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}
const rel = (dir: string, file: string) => relative(dir, file).split(sep).join('/');
const size = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;

async function buildInto(outDir: string, singleFile: boolean) {
  process.env.USM_SINGLE_FILE = singleFile ? '1' : '';
  await build({ logLevel: 'warn', build: { outDir, emptyOutDir: true } });
}

async function singlePage(tmp: string): Promise<string> {
  await buildInto(tmp, true);
  const left = filesUnder(tmp).map((f) => rel(tmp, f)).filter((p) => /\.(m?js|css|woff2?)$/.test(p) && p !== 'sw.js');
  if (left.length) throw new Error(`single file: not inlined: ${left.join(', ')}`);
  const files: InlinedFiles = {};
  for (const file of filesUnder(tmp)) {
    const path = rel(tmp, file);
    if (!NOT_DATA.test(path)) files[path] = inlineFile(path, readFileSync(file));
  }
  let html = readFileSync(join(tmp, 'index.html'), 'utf8');
  const icon = files['moon.svg']?.text;
  if (icon) html = inlineIcon(html, './moon.svg', icon);
  html = withSingleFilePolicy(addInlinedFiles(html, files));
  console.log(`inlined data files: ${Object.keys(files).join(', ')}`);
  return html;
}

function siteZip(dir: string): Uint8Array {
  const entries: Record<string, Uint8Array> = {};
  for (const file of filesUnder(dir)) {
    const path = rel(dir, file);
    if (!path.startsWith('.vite/')) entries[`under-the-same-moon/${path}`] = readFileSync(file);
  }
  return zipSync(entries, { level: 9 });
}

const tmp = join(OUT, '.build');
mkdirSync(OUT, { recursive: true });
const html = await singlePage(join(tmp, 'single'));
writeFileSync(join(OUT, PAGE), html);
await buildInto(join(tmp, 'site'), false);
writeFileSync(join(OUT, ZIP), siteZip(join(tmp, 'site')));
rmSync(tmp, { recursive: true, force: true });
console.log(`${join(OUT, PAGE)}  ${size(statSync(join(OUT, PAGE)).size)}  (open it from disk: no server, no network)`);
console.log(`${join(OUT, ZIP)}  ${size(statSync(join(OUT, ZIP)).size)}  (the normal site, for any static host)`);
