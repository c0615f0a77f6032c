import { describe, expect, it } from 'vitest';
import { placeDotImage, dotImageName, DOT_IMAGE, type DotVariant } from './place-dots';

const plain: DotVariant = { approximate: false, active: false, highlighted: false };

/** The RGBA at `r` CSS px right of the image's centre (and `up` px up), `ratio` device px per CSS px. */
function at(v: DotVariant, r: number, up = 0, ratio = 2): [number, number, number, number] {
  const img = placeDotImage(v, ratio);
  const x = Math.floor(img.width / 2 + r * ratio), y = Math.floor(img.height / 2 - up * ratio);
  const i = (y * img.width + x) * 4;
  return [...img.data.slice(i, i + 4)] as [number, number, number, number];
}

describe('the places’ dots', () => {
  it('are a terracotta disc in a paper rim with a thin terracotta ring, transparent beyond', () => {
    expect(at(plain, 0)).toEqual([178, 70, 43, 255]);
    expect(at(plain, 5.8)).toEqual([255, 250, 242, 255]); // the rim (4.8–6.8 px)
    expect(at(plain, 7.3)).toEqual([178, 70, 43, 255]); // the ring (6.8–7.8 px)
    expect(at(plain, 8.6)[3]).toBe(0);
  });

  it('are the same size in CSS px on a denser screen', () => {
    expect(at(plain, 0, 0, 3)).toEqual([178, 70, 43, 255]);
    expect(at(plain, 5.8, 0, 3)).toEqual([255, 250, 242, 255]);
    expect(at(plain, 8.6, 0, 3)[3]).toBe(0);
    expect(placeDotImage(plain, 3).width / 3).toBeCloseTo(placeDotImage(plain, 2).width / 2, 0);
  });

  it('are larger with a soft halo for the chapter’s places, and a blue one for a lit-up place', () => {
    const active = { ...plain, active: true };
    expect(placeDotImage(active, 2).width).toBeGreaterThan(placeDotImage(plain, 2).width);
    expect(at(active, 6.5)).toEqual([178, 70, 43, 255]); // still the disc
    const halo = at(active, 10.7);
    expect(halo.slice(0, 3)).toEqual([178, 70, 43]);
    expect(halo[3]).toBe(Math.round(0.35 * 255));
    const lit = at({ ...plain, highlighted: true }, 8.8);
    expect(lit.slice(0, 3)).toEqual([47, 75, 138]);
    expect(lit[3]).toBe(Math.round(0.55 * 255));
  });

  it('are hollow with a dashed rim for a place the film does not name', () => {
    const approx = { ...plain, approximate: true };
    expect(at(approx, 0)).toEqual([255, 250, 242, 255]);
    // Round the rim, both colours: dashes and gaps.
    const rim = Array.from({ length: 48 }, (_, i) => {
      const a = (i / 48) * 2 * Math.PI;
      return at(approx, 5.8 * Math.cos(a), 5.8 * Math.sin(a)).join(',');
    });
    expect(rim).toContain('178,70,43,255');
    expect(rim).toContain('255,250,242,255');
    expect(at(approx, 7.5)[3]).toBe(0); // no ring outside
  });

  it('are named so the layer’s expression finds each variant', () => {
    expect(dotImageName({ approximate: true, active: true, highlighted: false })).toBe('place-dot-approx-active');
    expect(dotImageName(plain)).toBe('place-dot');
    expect(JSON.stringify(DOT_IMAGE)).toContain('-approx');
  });
});
