import { describe, expect, it } from 'vitest';
import type { Plan } from '@/content/plan-schema';
import { planCaptionAt, planFeatures, planLabels, planPoint } from './plan-geometry';

const plan = (over: Partial<Plan> = {}): Plan => ({
  place: 'corner', rotate: 0, caption: { es: 'Dibujo', en: 'Drawing' },
  features: [
    { kind: 'shop', name: { es: 'Pizzería', en: 'Pizza place' }, rect: [0, 10, 20, 10] },
    { kind: 'crosswalk', rect: [0, 0, 4, 10] },
    { kind: 'payphone', at: [0, 0] },
  ],
  ...over,
});

describe('plan geometry', () => {
  it('puts the pin at the plan origin and a point 111 m north about 0.001° north of it', () => {
    expect(planPoint([-118, 34], 0, [0, 0])).toEqual([-118, 34]);
    const [lon, lat] = planPoint([-118, 34], 0, [0, 111.32]);
    expect(lon).toBeCloseTo(-118, 9);
    expect(lat).toBeCloseTo(34.001, 6);
  });

  it('turns the plan anticlockwise by its rotation', () => {
    const [lon, lat] = planPoint([0, 0], 90, [111.32, 0]);
    expect(lon).toBeCloseTo(0, 9);
    expect(lat).toBeCloseTo(0.001, 6);
  });

  it('draws a crosswalk as stripes across its long side, and keeps the other shapes whole', () => {
    const kinds = planFeatures(plan(), [0, 0]).features.map((f) => f.properties.kind);
    expect(kinds.filter((k) => k === 'crosswalk')).toHaveLength(5);
    expect(kinds.filter((k) => k === 'shop')).toHaveLength(1);
    expect(kinds.filter((k) => k === 'payphone')).toHaveLength(1);
  });

  it('labels only named features, at the middle of their shape', () => {
    const labels = planLabels(plan(), [0, 0]);
    expect(labels).toHaveLength(1);
    expect(labels[0]?.name.en).toBe('Pizza place');
    expect(labels[0]?.at[1]).toBeCloseTo(15 / 111_320, 9);
  });

  it('puts the caption south of everything the plan draws', () => {
    expect(planCaptionAt(plan(), [0, 0])[1]).toBeLessThan(0);
  });

  it('puts a label where the plan says when the shape is too thin to hold it', () => {
    const mural = plan({ features: [{ kind: 'mural', name: { es: 'Mural', en: 'Mural' }, rect: [0, 0, 3, 20], labelAt: [0, 30] }] });
    expect(planLabels(mural, [0, 0])[0]?.at[1]).toBeCloseTo(30 / 111_320, 9);
  });
});
