import { describe, expect, it } from 'vitest';
import { MIN_SIDE_MAP_PX, naturalHeight } from './natural-height';

describe('naturalHeight', () => {
  it('stacks the map above the card in narrow frames', () => {
    expect(naturalHeight({ chrome: 44, map: 200, side: 300, sideBySide: false })).toBe(544);
  });

  it('takes the taller of card and minimum map height when they sit side by side', () => {
    expect(naturalHeight({ chrome: 44, map: 500, side: 300, sideBySide: true })).toBe(344);
    expect(naturalHeight({ chrome: 44, map: 500, side: 100, sideBySide: true })).toBe(44 + MIN_SIDE_MAP_PX);
  });

  it('rounds up to whole pixels so nothing is cut off', () => {
    expect(naturalHeight({ chrome: 44.2, map: 200, side: 300.1, sideBySide: false })).toBe(545);
  });
});
