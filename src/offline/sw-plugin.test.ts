import { describe, expect, it } from 'vitest';
import { serviceWorkerSource } from './sw-plugin';

describe('serviceWorkerSource', () => {
  const source = serviceWorkerSource('lighthouse', 'abc123', ['./', './assets/index-A.js']);

  it('is valid JavaScript, with the shell check inlined', () => {
    expect(() => new Function(source)).not.toThrow();
    expect(source).toContain('const shellAssets = ');
  });

  it('precaches past the HTTP cache, so a new deployment never stores the old index.html', () => {
    expect(source).toContain("cache: 'reload'");
  });

  it("names and cleans only this story's caches", () => {
    expect(source).toContain(`'usm:' + "lighthouse" + ':'`);
    expect(source).toMatch(/key\.startsWith\(PREFIX\) && key !== CACHE/);
    expect(source).not.toMatch(/startsWith\('usm-'\)/);
  });
});
