/**
 * The story map as a still SVG (no WebGL): the handout's small maps, and the live map's
 * stand-in while it loads or when it cannot. Same intent, same data: the journey, the places,
 * the drawn plan of an invented place at close zoom, night and the moon.
 */
import { placeById } from '@/content/story';
import { gazetteer, plans as storyPlans } from '@/content/story-geo';
import { useBasemap, useDetailPatches } from '@/lib/basemap/use-basemap';
import { stillDetailAreas } from '@/lib/basemap/detail-areas';
import { gazetteerLabels } from '@/lib/basemap/basemap';
import { sliceAt, journey } from '@/lib/journey';
import { PLAN_MIN_ZOOM } from '@/lib/plans/plan-geometry';
import { StaticMap } from '@/lib/static-map/StaticMap';
import { useLang } from '@/lib/session/use-session';
import { Moon } from './Moon';
import { PlanSvg } from './PlanSvg';
import { placeMarkerStates } from './place-states';
import type { StoryMapProps } from './story-map-props';

/** The story's own place names (towns, roads, rivers), as the live map labels them too. */
const GAZETTEER_LABELS = gazetteerLabels(gazetteer);

type Props = Pick<StoryMapProps, 'camera' | 'places' | 'highlighted' | 'time'> & {
  still: { width: number; height: number };
  km: number;
  label: string;
  /** A projector's scale for the names (the live map's own, see projector-scale). */
  textScale?: number;
};

export function StillMap({ camera, places: active, highlighted = [], time = 'day', still, km, label, textScale }: Props) {
  const lang = useLang();
  const basemap = useBasemap();
  // At city scale (El Paso–Ciudad Juárez, Los Angeles) the detail patch the live map draws too.
  const detail = useDetailPatches(stillDetailAreas(camera.center, camera.zoom, still.width, still.height).map((a) => a.id));
  const slice = sliceAt(km);
  const places = placeMarkerStates(active, highlighted, lang);
  const view = { center: camera.center, zoom: camera.zoom, width: still.width, height: still.height };
  const plans = camera.zoom >= PLAN_MIN_ZOOM
    ? storyPlans.flatMap((plan) => (active.includes(plan.place) ? [{ plan, pin: placeById(plan.place)?.coordinates }] : []))
    : [];
  const textPx = Math.max(7, Math.min(14, still.width / 40));
  return (
    <div className="still-map" data-time={time}>
      <StaticMap
        basemap={basemap}
        detail={detail}
        center={camera.center}
        zoom={camera.zoom}
        width={still.width}
        height={still.height}
        route={journey?.coordinates}
        travelled={slice?.travelled}
        places={places.map((p) => ({ id: p.id, coordinates: p.coordinates, label: p.label, approximate: p.approximate, active: p.active }))}
        label={label}
        lang={lang}
        names={GAZETTEER_LABELS}
        textScale={textScale}
        overlay={plans.map(({ plan, pin }) => pin && <PlanSvg key={plan.place} plan={plan} pin={pin} view={view} textPx={textPx} />)}
      />
      <Moon />
    </div>
  );
}

/** The handout's still map: the intent of StoryMap, drawn once. */
export function StillStoryMap(props: StoryMapProps & { still: { width: number; height: number } }) {
  const km = typeof props.travelledKm === 'number' ? props.travelledKm : props.travelledKm?.get() ?? 0;
  return <StillMap {...props} km={km} label={props.describe(km)} />;
}
