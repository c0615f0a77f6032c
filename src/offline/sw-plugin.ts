/**
 * Vite plugin: writes `sw.js`, a service worker that precaches everything the built story
 * needs — app shell, map library and worker, basemap, fonts — so a classroom whose Wi-Fi
 * drops keeps reading, even across a reload. Its cache name carries a hash of the build, so
 * a new deployment installs beside the old one and removes it once no page uses it.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';

function publicFiles(dir: string): string[] {
  try {
    return readdirSync(dir).flatMap((name) => {
      const full = join(dir, name);
      return statSync(full).isDirectory() ? publicFiles(full) : [full];
    });
  } catch {
    return [];
  }
}

export function serviceWorkerSource(version: string, urls: readonly string[]): string {
  return `// Generated at build time by src/offline/sw-plugin.ts. Do not edit.
const CACHE = 'usm-${version}';
const PRECACHE = ${JSON.stringify(urls)};
self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE)));
});
self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) if (key.startsWith('usm-') && key !== CACHE) await caches.delete(key);
    await self.clients.claim();
  })());
});
self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    // Pages differ only by query and hash (?lang, ?mode, #chapter): they are all the one shell.
    const key = request.mode === 'navigate' ? PRECACHE[0] : request;
    // ignoreVary: a module script asks with an Origin header the precache request did not send.
    const hit = await cache.match(key, { ignoreSearch: request.mode === 'navigate', ignoreVary: true });
    if (hit) return hit;
    try {
      return await fetch(request);
    } catch (error) {
      const shell = request.mode === 'navigate' ? await cache.match(PRECACHE[0], { ignoreVary: true }) : undefined;
      if (shell) return shell;
      throw error;
    }
  })());
});
`;
}

export function serviceWorkerPlugin(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'under-the-same-moon:service-worker',
    apply: 'build',
    configResolved(c) {
      config = c;
    },
    generateBundle(_, bundle) {
      const base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      const hash = createHash('sha256');
      const built = Object.values(bundle)
        .filter((f) => !f.fileName.endsWith('.map') && !f.fileName.endsWith('.woff'))
        .map((f) => {
          hash.update(f.fileName).update(f.type === 'chunk' ? f.code : f.source);
          return f.fileName;
        });
      const pub = publicFiles(config.publicDir).map((full) => {
        hash.update(readFileSync(full));
        return relative(config.publicDir, full).split(sep).join('/');
      });
      const urls = [base, ...[...built, ...pub].filter((f) => f !== 'index.html' && f !== 'sw.js').sort().map((f) => base + f)];
      this.emitFile({ type: 'asset', fileName: 'sw.js', source: serviceWorkerSource(hash.digest('hex').slice(0, 12), urls) });
    },
  };
}
