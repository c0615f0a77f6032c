import { describe, expect, it } from 'vitest';
import { PROJECTOR_SCALE_MIN, projectorScale } from './projector-scale';

describe('projectorScale', () => {
  it('grows the map text with the slide text on a big projected screen', () => {
    // 1920×1080: the slide text is about 45 px, a place label (15 px) × 2.35 about 35 px.
    expect(projectorScale(1920, 1080)).toBeCloseTo(2.35, 2);
    expect(projectorScale(2560, 1440)).toBe(2.4);
  });

  it('keeps the projector minimum on a small one, and before the map is measured', () => {
    expect(projectorScale(1024, 768)).toBe(PROJECTOR_SCALE_MIN);
    expect(projectorScale(0, 0)).toBe(PROJECTOR_SCALE_MIN);
  });

  it('is never smaller for a larger screen', () => {
    let last = 0;
    for (let w = 800; w <= 3000; w += 100) {
      const k = projectorScale(w, (w * 9) / 16);
      expect(k).toBeGreaterThanOrEqual(last);
      last = k;
    }
  });
});
