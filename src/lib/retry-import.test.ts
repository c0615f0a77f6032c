import { describe, expect, it } from 'vitest';
import { retryImport } from './retry-import';

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
});
