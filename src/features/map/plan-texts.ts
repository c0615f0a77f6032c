/** A drawn plan's names on the still map, in pixels: placed with the map's other names, so none overlaps. */
import type { Lang, LonLat } from '@/content/schema';
import type { Plan } from '@/content/plan-schema';
import { planLabels } from '@/lib/plans/plan-geometry';
import type { FixedText } from '@/lib/static-map/map-names';
import { projector, type View } from '@/lib/static-map/project';

/**
 * Each shape's name on its shape, and the caption along the map's foot (where a small map
 * always has room), in lines on a narrow map. `foot`: what covers the map's foot, px (the
 * caption goes above it).
 */
export function planTexts(plan: Plan, pin: LonLat, view: View, textPx: number, lang: Lang, foot = 0): FixedText[] {
  const project = projector(view);
  return [
    { id: `${plan.place}-caption`, text: plan.caption[lang], at: [view.width / 2, view.height - foot - 4], size: textPx,
      maxWidth: Math.min(30 * 16, 0.8 * view.width), anchors: ['above'] },
    ...planLabels(plan, pin).map((l, i): FixedText => ({ id: `${plan.place}-${i}`, text: l.name[lang], at: project(l.at), size: textPx })),
  ];
}
