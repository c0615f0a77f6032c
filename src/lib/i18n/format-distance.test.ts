import { describe, expect, it } from 'vitest';
import { formatDistance } from './format-distance';

describe('formatDistance', () => {
  it('uses kilometres in Spanish and miles in English', () => {
    expect(formatDistance(1609.344, 'en')).toBe('1,000 mi');
    expect(formatDistance(1900, 'es')).toBe('1,900 km');
  });
  it('keeps short distances exact to the unit', () => {
    expect(formatDistance(42.4, 'es')).toBe('42 km');
  });
});
