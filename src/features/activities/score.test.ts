import { describe, expect, it } from 'vitest';
import { mixed, moveItem, scoreMatch, scoreOrder } from './score';

describe('activity scores', () => {
  it('a correct order scores full, a wrong one counts only the events in their place', () => {
    const right = ['call', 'death', 'border', 'corner'];
    expect(scoreOrder(right, right)).toBe(4);
    expect(scoreOrder(['death', 'call', 'border', 'corner'], right)).toBe(2);
  });

  it('mixes a list the same way every time, never leaving it in the right order', () => {
    const right = ['a', 'b', 'c', 'd', 'e'];
    expect(mixed(right)).toEqual(mixed(right));
    expect(mixed(right)).not.toEqual(right);
    expect([...mixed(right)].sort()).toEqual(right);
    expect(mixed(['a', 'b'], 3)).toEqual(['b', 'a']);
  });

  it('moves an item up or down, and not past the ends', () => {
    expect(moveItem(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'c', 'b']);
    expect(moveItem(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveItem(['a', 'b', 'c'], 0, 5)).toEqual(['b', 'c', 'a']);
  });

  it('counts a person as matched only with their own deed', () => {
    expect(scoreMatch({ martha: 'martha', enrique: 'father', father: undefined }, ['martha', 'enrique', 'father'])).toBe(1);
  });
});
