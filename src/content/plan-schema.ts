/**
 * Drawn plans of places the film invents (`story/plans/*.yaml`): an original, approximate
 * sketch of a scene (the payphone corner's shops, its crosswalk) tied to a story place's pin,
 * drawn by the map at close zoom so the reader is never shown an empty field. Positions are
 * metres east and north of the pin, so moving the pin moves the whole plan.
 */
import { z } from 'zod';
import { bilingual, slug } from './schema.ts';

export const PLAN_KINDS = ['street', 'sidewalk', 'building', 'shop', 'mural', 'crosswalk', 'payphone', 'tree'] as const;
export type PlanKind = (typeof PLAN_KINDS)[number];

const metres = z.number({ error: 'expected a number of metres' });

export const planFeatureSchema = z.strictObject({
  kind: z.enum(PLAN_KINDS, { error: `expected one of ${PLAN_KINDS.join(', ')}` }),
  /** A label on the plan, both languages (shops, the mural, the crosswalk). */
  name: bilingual.optional(),
  /** `[x, y, width, height]`: the south-west corner's metres east and north of the pin, then the size in metres. */
  rect: z.tuple([metres, metres, metres.positive('width must be > 0'), metres.positive('height must be > 0')], {
    error: 'expected [x, y, width, height] in metres (x east and y north of the pin)',
  }).optional(),
  /** `[x, y]`: where the label goes, metres from the pin, when the middle of the shape is crowded (a thin mural). */
  labelAt: z.tuple([metres, metres], { error: 'expected [x, y] in metres east and north of the pin' }).optional(),
  /** `[x, y]`: a point's metres east and north of the pin (payphone, tree). */
  at: z.tuple([metres, metres], { error: 'expected [x, y] in metres east and north of the pin' }).optional(),
}).superRefine((f, ctx) => {
  const point = f.kind === 'payphone' || f.kind === 'tree';
  if (point && !f.at) ctx.addIssue({ code: 'custom', path: ['at'], message: `missing field: a ${f.kind} needs at: [x, y] (metres from the pin)` });
  if (!point && !f.rect) ctx.addIssue({ code: 'custom', path: ['rect'], message: `missing field: a ${f.kind} needs rect: [x, y, width, height] (metres from the pin)` });
});
export type PlanFeature = z.infer<typeof planFeatureSchema>;

export const planSchema = z.strictObject({
  /** The story place whose pin the plan is drawn around (an id from places.yaml). */
  place: slug,
  /** Degrees the whole plan turns anticlockwise, so its streets follow the real ones (0: x runs east). */
  rotate: z.number().min(-180, 'rotate must be ≥ -180').max(180, 'rotate must be ≤ 180').default(0),
  /** Shown on the map beside the plan: that it is a drawing, approximate, and after whom. */
  caption: bilingual,
  features: z.array(planFeatureSchema).min(1, 'expected at least one feature'),
});
export type Plan = z.infer<typeof planSchema>;

/** The plan files of a story folder: `plans/<name>.yaml`. */
export const PLAN_FILE = /^plans\/[^/]+\.ya?ml$/;
