import { describe, expect, it } from 'vitest';
import { formatClockTime } from './format-time';

describe('formatClockTime', () => {
  it('reads a 24-hour time as a clock each audience knows', () => {
    expect(formatClockTime('10:00', 'en')).toMatch(/^10:00\sAM$/u);
    expect(formatClockTime('15:30', 'es')).toMatch(/^3:30\sp\.\s?m\.$/u);
  });
  it('gives back a time it cannot read unchanged', () => {
    expect(formatClockTime('soon', 'en')).toBe('soon');
  });
});
