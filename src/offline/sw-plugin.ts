/**
 * Vite plugin: writes `sw.js`, a service worker that precaches everything the built story
 * needs — app shell, map library and worker, basemap, fonts — so a classroom whose Wi-Fi
 * drops keeps reading, even across a reload. Its cache name carries the story's key, the
 * worker's folder and a hash of the build, so a new deployment installs beside the old one
 * and removes it (and only it) once no page uses it. It installs only if the files it stored
 * belong together: a worker that would serve a page without its scripts never takes over.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';
import { loadStoryDir, resolveStoryDir } from '../content/read-story-dir.ts';
import { storyKey } from '../content/story-key.ts';
import { shellAssets } from './shell-assets.ts';

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

/**
 * The worker's text. `story` keeps this story's caches apart from other stories on the same
 * origin; the worker's own folder (its scope) keeps two copies of one story apart too.
 */
export function serviceWorkerSource(story: string, version: string, urls: readonly string[]): string {
  return `// Generated at build time by src/offline/sw-plugin.ts. Do not edit.
const SCOPE = new URL('./', self.location.href).href;
// This story at this address: its own caches, and only those, are ever removed here.
const PREFIX = 'usm:' + ${JSON.stringify(story)} + ':' + new URL(SCOPE).pathname + ':';
const CACHE = PREFIX + ${JSON.stringify(version)};
const PRECACHE = ${JSON.stringify(urls)}.map((u) => new URL(u, SCOPE).href);
const shellAssets = ${shellAssets.toString()};
self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    // 'reload': never the browser's HTTP cache. A host sending Cache-Control: max-age would
    // otherwise hand the new worker the previous deployment's index.html.
    await Promise.all(PRECACHE.map(async (url) => {
      const response = await fetch(new Request(url, { cache: 'reload' }));
      if (!response.ok) throw new Error('precache: HTTP ' + response.status + ' for ' + url);
      await cache.put(url, response);
    }));
    // Before taking over: every page in the cache must find all of its files in the same cache.
    for (const url of PRECACHE) {
      const page = await cache.match(url);
      if (!page || !(page.headers.get('content-type') || '').includes('text/html')) continue;
      for (const asset of shellAssets(await page.text(), url)) {
        if (!(await cache.match(asset, { ignoreVary: true }))) {
          await caches.delete(CACHE);
          throw new Error('precache: ' + url + ' needs ' + asset + ', which is not in this deployment');
        }
      }
    }
  })());
});
self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) if (key.startsWith(PREFIX) && key !== CACHE) await caches.delete(key);
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
    // After Vite's own generateBundle hooks: they drop chunks that only imported CSS, and a
    // precache naming a dropped chunk fails to install (the dev server answers it with HTML).
    generateBundle: { order: 'post', handler(_, bundle) {
      // Relative to the worker's own folder, so the build works at any sub-path.
      const base = './';
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
      const loaded = loadStoryDir(resolveStoryDir(config.root), 'story');
      const story = loaded.ok ? storyKey(loaded.story.settings) : 'story';
      this.emitFile({ type: 'asset', fileName: 'sw.js', source: serviceWorkerSource(story, hash.digest('hex').slice(0, 12), urls) });
    } },
  };
}
