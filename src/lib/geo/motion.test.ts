import { describe, expect, it } from 'vitest';
import { isFarMove, planMove } from './motion';

describe('planMove', () => {
  it('keeps the chapter’s own transition when motion is welcome', () => {
    expect(planMove('fly', false, true).kind).toBe('fly');
    expect(planMove('ease', false, true).kind).toBe('ease');
    expect(planMove('jump', false, true).kind).toBe('jump');
  });
  it('never flies under reduced motion: far moves crossfade, near moves jump', () => {
    expect(planMove('fly', true, true).kind).toBe('fade');
    expect(planMove('fly', true, false).kind).toBe('jump');
    expect(planMove('ease', true, true).kind).toBe('fade');
  });
});

describe('isFarMove', () => {
  it('calls a change of several zoom levels far', () => {
    expect(isFarMove({ center: [0, 0], zoom: 4 }, { center: [0, 0], zoom: 9 })).toBe(true);
  });
  it('calls a small pan at the same zoom near', () => {
    expect(isFarMove({ center: [-106.4, 31.7], zoom: 9 }, { center: [-106.45, 31.72], zoom: 9 })).toBe(false);
  });
});
