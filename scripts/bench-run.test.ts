import { describe, expect, it } from 'vitest';
import { jsTimeOf } from './bench-run';

const frame = (id: number, functionName: string) => ({ id, callFrame: { functionName } });

describe('jsTimeOf', () => {
  const nodes = [frame(1, '(root)'), frame(2, '(idle)'), frame(3, '(program)'), frame(4, '(garbage collector)'), frame(5, 'render'), frame(6, 'drawElements'), frame(7, '')];

  it('counts the time of samples taken in a function (ours, anonymous, or a browser API it called)', () => {
    // Each sample lasts until the next one: render 2 ms, drawElements 3 ms, an anonymous function 4 ms.
    const samples = [5, 6, 7, 2];
    const timeDeltas = [0, 2000, 3000, 4000];
    expect(jsTimeOf({ nodes, samples, timeDeltas })).toBe(9);
  });

  it('leaves out waiting, the browser\'s own work and garbage collection', () => {
    const samples = [2, 3, 4, 5, 1];
    const timeDeltas = [0, 7000, 5000, 6000, 1000];
    expect(jsTimeOf({ nodes, samples, timeDeltas })).toBe(1);
  });

  it('is 0 for a profile without samples', () => {
    expect(jsTimeOf({ nodes })).toBe(0);
  });
});
