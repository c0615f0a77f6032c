import { describe, expect, it } from 'vitest';
import { jsTimeOf, mapFrameFigures } from './bench-run';

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

describe('mapFrameFigures', () => {
  it('splits the frames by whether the map drew in them', () => {
    const frames = [16.7, 100, 116.7, 16.7, 33.3, 83.3];
    const drawn = [false, true, true, false, false, true];
    expect(mapFrameFigures(frames, drawn)).toEqual({ mapFrames: 3, mapFrameP50Ms: 100, pageOver25Share: 1 / 3 });
  });

  it('has no map frames and no page jank for a read in which nothing was drawn or late', () => {
    expect(mapFrameFigures([16.7, 16.7], [false, false])).toEqual({ mapFrames: 0, mapFrameP50Ms: 0, pageOver25Share: 0 });
  });
});
