/**
 * After the single-file build: puts the page's data files into it, and gives it a strict
 * content-security policy that names each inline script and style by its hash (the normal
 * build's `'self'` means nothing for a page opened from disk).
 */
import { createHash } from 'node:crypto';
import { CONTENT_SECURITY_POLICY, cspMetaTag } from './csp-plugin.ts';
import { OFFLINE_FILES_ID, type InlinedFiles } from '../offline/file-shim.ts';

const TEXT_TYPES: Record<string, string> = {
  json: 'application/json',
  geojson: 'application/geo+json',
  svg: 'image/svg+xml',
  txt: 'text/plain',
  css: 'text/css',
};
const BINARY_TYPES: Record<string, string> = {
  pbf: 'application/x-protobuf',
  mvt: 'application/vnd.mapbox-vector-tile',
  png: 'image/png',
  webp: 'image/webp',
  jpg: 'image/jpeg',
  woff2: 'font/woff2',
};

/** A built file as the shim serves it: text kept as text, anything else as base64. */
export function inlineFile(path: string, content: Buffer): InlinedFiles[string] {
  const ext = path.split('.').pop()?.toLowerCase() ?? '';
  const textType = TEXT_TYPES[ext];
  if (textType) return { type: textType, text: content.toString('utf8') };
  return { type: BINARY_TYPES[ext] ?? 'application/octet-stream', base64: content.toString('base64') };
}

/** The files as a JSON block before `</body>` (`<` escaped so no text can close the block). */
export function addInlinedFiles(html: string, files: InlinedFiles): string {
  const json = JSON.stringify(files).replace(/</g, '\\u003c');
  const block = `<script type="application/json" id="${OFFLINE_FILES_ID}">${json}</script>`;
  if (!html.includes('</body>')) throw new Error('single file: no </body> to put the data files before');
  return html.replace('</body>', () => `${block}\n</body>`);
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** Hashes of the inline scripts that run (not data blocks) and of the inline styles. */
export function inlineHashes(html: string): { scripts: string[]; styles: string[] } {
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
    .filter(([, attrs = '', body = '']) => body.length > 0 && !/type\s*=\s*"application\/json"/i.test(attrs))
    .map(([, , body = '']) => sha256(body));
  const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map(([, body = '']) => sha256(body));
  return { scripts, styles };
}

/**
 * The normal policy, with the inline code's hashes, fonts from `data:` (inlined into the
 * style) and the map worker from a blob or `data:` URL (MapLibre turns a blob into a `data:`
 * worker on pages whose origin is `null`, as a page opened from disk is).
 */
export function singleFilePolicy(hashes: { scripts: string[]; styles: string[] }): string {
  const extra: Record<string, string[]> = {
    'script-src': hashes.scripts,
    'style-src': hashes.styles,
    'font-src': ['data:'],
    'connect-src': ['blob:', 'data:'],
    'worker-src': ['data:'],
  };
  return CONTENT_SECURITY_POLICY.split('; ')
    .map((directive) => {
      const name = directive.split(' ')[0] ?? '';
      const more = (extra[name] ?? []).filter((s) => !directive.split(' ').includes(s));
      return more.length ? `${directive} ${more.join(' ')}` : directive;
    })
    .join('; ');
}

/** Replaces the page's policy `<meta>` with the single file's. */
export function withSingleFilePolicy(html: string): string {
  const meta = /<meta http-equiv="Content-Security-Policy"[^>]*>/i;
  if (!meta.test(html)) throw new Error('single file: no Content-Security-Policy <meta> to replace');
  return html.replace(meta, () => cspMetaTag(singleFilePolicy(inlineHashes(html))));
}

/** The favicon as a `data:` URL (a page on disk should not ask for a file beside it). */
export function inlineIcon(html: string, href: string, svg: string): string {
  const data = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
  return html.replace(`href="${href}"`, () => `href="${data}"`);
}
