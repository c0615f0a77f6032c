/**
 * A small static host for the tests that need more than `vite preview`: builds mounted at
 * sub-paths (`/some/path/`, two stories at `/a/` and `/b/`), a `Cache-Control` header like
 * GitHub Pages' `max-age=600`, and a new deployment swapped in under open tabs.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript',
  '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.woff2': 'font/woff2',
  '.woff': 'font/woff', '.txt': 'text/plain', '.png': 'image/png',
};

export interface StaticHost {
  readonly origin: string;
  /** Serves `dir` at `prefix` (`/`, `/a/`), replacing what was there: a new deployment. */
  mount: (prefix: string, dir: string) => void;
  close: () => Promise<void>;
}

export async function startStaticHost(port: number, mounts: Record<string, string>, cacheControl = 'no-cache'): Promise<StaticHost> {
  const table = new Map(Object.entries(mounts));
  const server: Server = createServer((req, res) => {
    void (async () => {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      const prefix = [...table.keys()].filter((p) => path.startsWith(p) || `${path}/` === p).sort((a, b) => b.length - a.length)[0];
      if (prefix === undefined) return void res.writeHead(404).end();
      if (`${path}/` === prefix) return void res.writeHead(301, { location: prefix }).end();
      const rest = normalize(path.slice(prefix.length) || 'index.html');
      if (rest.startsWith('..')) return void res.writeHead(400).end();
      let file = join(table.get(prefix) ?? '', rest);
      if ((await stat(file).catch(() => null))?.isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file).catch(() => null);
      if (!body) return void res.writeHead(404, { 'cache-control': 'no-store' }).end();
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': cacheControl });
      res.end(body);
    })();
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${port}`,
    mount: (prefix, dir) => void table.set(prefix, dir),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
