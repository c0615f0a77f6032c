/** A drawn plan (story/plans/) on a still SVG map: the same shapes as the live map's (its names: plan-texts.ts, placed with the map's). */
import type { LonLat } from '@/content/schema';
import type { Plan } from '@/content/plan-schema';
import { PLAN_COLOURS, planFeatures } from '@/lib/plans/plan-geometry';
import { projector, type View } from '@/lib/static-map/project';

interface Props {
  plan: Plan;
  pin: LonLat;
  view: View;
  /** Text size, px. */
  textPx: number;
}

const OUTLINED = new Set(['building', 'shop', 'mural']);

export function PlanSvg({ plan, pin, view, textPx }: Props) {
  const project = projector(view);
  const shapes = planFeatures(plan, pin).features;
  return (
    <g className="plan-svg" aria-hidden="true">
      {shapes.map((f, i) => {
        const fill = PLAN_COLOURS[f.properties.kind];
        if (f.geometry.type === 'Point') {
          const [x, y] = project(f.geometry.coordinates);
          return <circle key={i} cx={x} cy={y} r={textPx * 0.45} fill={fill} stroke="#fbf7ee" strokeWidth={1.5} />;
        }
        const d = `M${(f.geometry.coordinates[0] ?? []).map((p) => project(p).map((v) => v.toFixed(1)).join(',')).join('L')}Z`;
        return <path key={i} d={d} fill={fill} stroke={OUTLINED.has(f.properties.kind) ? '#6c5b4c' : 'none'} strokeWidth={0.8} />;
      })}
    </g>
  );
}
