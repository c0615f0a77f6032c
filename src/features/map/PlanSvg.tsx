/** A drawn plan (story/plans/) on a still SVG map: the same shapes and labels as the live map's. */
import type { LonLat } from '@/content/schema';
import type { Plan } from '@/content/plan-schema';
import { PLAN_COLOURS, planFeatures, planLabels } from '@/lib/plans/plan-geometry';
import { projector, type View } from '@/lib/static-map/project';
import { useLang } from '@/lib/session/use-session';

interface Props {
  plan: Plan;
  pin: LonLat;
  view: View;
  /** Text size, px. */
  textPx: number;
}

const OUTLINED = new Set(['building', 'shop', 'mural']);

export function PlanSvg({ plan, pin, view, textPx }: Props) {
  const lang = useLang();
  const project = projector(view);
  const shapes = planFeatures(plan, pin).features;
  const text = (at: LonLat | [number, number], label: string, key: string, italic = false, projected = false) => {
    const [x, y] = projected ? at : project(at);
    return (
      <text key={key} x={x} y={y} textAnchor="middle" dominantBaseline="middle" fontSize={textPx} fontFamily="Inter, system-ui, sans-serif"
        fontStyle={italic ? 'italic' : 'normal'} fontWeight={italic ? 400 : 600} fill="#33281f" stroke="#fbf7ee" strokeWidth={textPx / 4} paintOrder="stroke">
        {label}
      </text>
    );
  };
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
      {planLabels(plan, pin).map((l, i) => text(l.at, l.name[lang], `l${i}`))}
      {/* The caption along the map's foot, where a small map always has room for it. */}
      {text([view.width / 2, view.height - textPx], plan.caption[lang], 'caption', true, true)}
    </g>
  );
}
