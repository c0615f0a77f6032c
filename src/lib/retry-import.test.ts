import { describe, expect, it } from 'vitest';
import { failedModuleUrl, retryImport } from './retry-import';

const noWait = () => Promise.resolve();

describe('retryImport', () => {
  it('returns the module when a later try succeeds', async () => {
    let calls = 0;
    const load = () => (++calls < 3 ? Promise.reject(new Error('net')) : Promise.resolve('module'));
    await expect(retryImport(load, { tries: 3, wait: noWait })).resolves.toBe('module');
    expect(calls).toBe(3);
  });

  it('gives up after the last try with the original error', async () => {
    let calls = 0;
    const load = () => {
      calls++;
      return Promise.reject(new Error('gone'));
    };
    await expect(retryImport(load, { tries: 2, wait: noWait })).rejects.toThrow('gone');
    expect(calls).toBe(2);
  });

  it('waits longer before each new try', async () => {
    const pauses: number[] = [];
    const wait = (ms: number) => {
      pauses.push(ms);
      return Promise.resolve();
    };
    await retryImport(() => Promise.reject(new Error('x')), { tries: 3, pauseMs: 100, wait }).catch(() => {});
    expect(pauses).toEqual([100, 200]);
  });

  it('tries again with the URL the error names, under a query of its own (a browser may remember the failure)', async () => {
    const urls: string[] = [];
    const error = new TypeError('Failed to fetch dynamically imported module: https://site.example/assets/PresentView-abc.js');
    const load = () => Promise.reject(error);
    const reload = (url: string) => {
      urls.push(url);
      return urls.length < 2 ? Promise.reject(new TypeError(`Failed to fetch dynamically imported module: ${url}`)) : Promise.resolve('module');
    };
    await expect(retryImport(load, { tries: 3, wait: noWait, reload })).resolves.toBe('module');
    expect(urls).toEqual(['https://site.example/assets/PresentView-abc.js?retry=3', 'https://site.example/assets/PresentView-abc.js?retry=2']);
  });

  it('reads the module URL from Chromium\'s and Firefox\'s messages, and nothing from others', () => {
    expect(failedModuleUrl(new TypeError('Failed to fetch dynamically imported module: http://localhost:4173/assets/kit-1a2b.js'))).toBe('http://localhost:4173/assets/kit-1a2b.js');
    expect(failedModuleUrl(new TypeError('error loading dynamically imported module: https://a.example/x/assets/kit-1a2b.js?retry=2'))).toBe('https://a.example/x/assets/kit-1a2b.js');
    expect(failedModuleUrl(new TypeError('Importing a module script failed.'))).toBeUndefined();
    expect(failedModuleUrl(new Error('net'))).toBeUndefined();
  });
});
