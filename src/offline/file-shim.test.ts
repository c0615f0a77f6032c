import { describe, expect, it } from 'vitest';
import { installFileShim, workerPrelude, type InlinedFiles } from './file-shim';

const files = (): InlinedFiles => ({
  'basemap/basemap.json': { type: 'application/json', text: '{"type":"FeatureCollection"}' },
  'basemap/0/0/0.pbf': { type: 'application/x-protobuf', base64: 'AQID' },
});
const BASE = 'file:///stick/story/';

function scopeWithFetch() {
  const asked: string[] = [];
  const scope = { fetch: async (input: RequestInfo | URL) => { asked.push(String(input)); return new Response('network'); } } as unknown as typeof globalThis;
  return { scope, asked };
}

describe('the file shim', () => {
  it('answers fetches of inlined paths, relative or absolute, from memory', async () => {
    const { scope, asked } = scopeWithFetch();
    installFileShim(files(), BASE, scope);
    expect(await (await scope.fetch('./basemap/basemap.json')).json()).toEqual({ type: 'FeatureCollection' });
    const tile = await scope.fetch(new URL('basemap/0/0/0.pbf?v=2', BASE));
    expect([...new Uint8Array(await tile.arrayBuffer())]).toEqual([1, 2, 3]);
    expect(asked).toEqual([]);
  });

  it('passes every other request through, including the same path in another folder', async () => {
    const { scope, asked } = scopeWithFetch();
    const lookup = installFileShim(files(), BASE, scope);
    await scope.fetch('file:///elsewhere/basemap/basemap.json');
    await scope.fetch('blob:null/1234');
    expect(asked).toEqual(['file:///elsewhere/basemap/basemap.json', 'blob:null/1234']);
    expect(lookup('basemap/missing.json')).toBeNull();
  });

  it('runs on its own as the worker prelude: its source names nothing outside itself', async () => {
    const { scope } = scopeWithFetch();
    const prelude = workerPrelude(files(), BASE);
    new Function('self', prelude)(scope);
    expect(await (await scope.fetch(`${BASE}basemap/basemap.json`)).text()).toBe('{"type":"FeatureCollection"}');
  });
});
