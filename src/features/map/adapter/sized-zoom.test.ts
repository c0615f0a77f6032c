import { describe, expect, it } from 'vitest';
import { FRAMED_FOR } from '@/lib/geo/camera-move';
import { sizedZoom, WIDE_ZOOM_GAIN } from './sized-zoom';

describe('sizedZoom', () => {
  it('zooms a phone out to show the desk camera area', () => {
    expect(sizedZoom(10, FRAMED_FOR.width / 2, FRAMED_FOR.height)).toBeCloseTo(9);
  });

  it('shows more surroundings on a wide map instead of blowing the desk area up (1920×1080 projector)', () => {
    expect(sizedZoom(10, 1920, 1080)).toBeCloseTo(10 + WIDE_ZOOM_GAIN);
    expect(WIDE_ZOOM_GAIN).toBeLessThanOrEqual(0.25);
  });
});
