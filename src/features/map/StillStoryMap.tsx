/**
 * The story map as a still SVG (no WebGL): the handout's small maps, and the live map's
 * stand-in while it loads or when it cannot. Same intent, same data: the journey, the places,
 * the drawn plan of an invented place at close zoom, night and the moon.
 */
import { useMemo, useRef } from 'react';
import { placeById } from '@/content/story';
import { gazetteer, plans as storyPlans } from '@/content/story-geo';
import { useBasemap, useDetailPatches } from '@/lib/basemap/use-basemap';
import { stillDetailAreas } from '@/lib/basemap/detail-areas';
import { gazetteerLabels } from '@/lib/basemap/basemap';
import { namesInChapter } from '@/content/gazetteer-names';
import type { MapName } from '@/lib/static-map/map-names';
import { sliceAt, journey } from '@/lib/journey';
import { PLAN_MIN_ZOOM } from '@/lib/plans/plan-geometry';
import { StaticMap } from '@/lib/static-map/StaticMap';
import { centreOffset } from '@/lib/static-map/project';
import { useLang } from '@/lib/session/use-session';
import type { Padding } from '@/lib/geo/fit-camera';
import { useCoveredPadding } from '@/lib/layout/use-covered-padding';
import { sizedZoom } from './adapter/sized-zoom';
import { Moon } from './Moon';
import { moonBox } from './moon-box';
import { PlanSvg } from './PlanSvg';
import { planTexts } from './plan-texts';
import { placeMarkerStates } from './place-states';
import type { StoryMapProps } from './story-map-props';

/** The story's own place names (towns, roads, rivers), as the live map labels them too: from their own zoom on. */
const GAZETTEER_LABELS: readonly MapName[] = gazetteerLabels(gazetteer).map((l, i) => ({ ...l, minZoom: gazetteer[i]?.minZoom }));

/** The gazetteer's names, those the chapter's text uses marked `named` (shown at any zoom, first). */
function storyNames(nameSource: StoryMapProps['nameSource']): readonly MapName[] {
  if (!nameSource) return GAZETTEER_LABELS;
  const named = new Set(namesInChapter(nameSource, gazetteer));
  return GAZETTEER_LABELS.map((l, i) => (named.has(gazetteer[i]?.id ?? '') ? { ...l, named: true } : l));
}

type Props = Pick<StoryMapProps, 'camera' | 'places' | 'highlighted' | 'time' | 'nameSource'> & {
  still: { width: number; height: number };
  km: number;
  label: string;
  /** A projector's scale for the names (the live map's own, see projector-scale). */
  textScale?: number;
  /** What covers the map along its edges (the live map's padding), px: no name is written there. */
  inset?: Padding;
  /** A note laid over the map (why it is still): no name is written under it. */
  note?: string;
  /** Standing in for the live map: frame the camera as it does (zoom for the open part's size, centred in it). */
  framed?: boolean;
};

const ZERO: Padding = { top: 0, right: 0, bottom: 0, left: 0 };
const widest = (a: Padding, b: Padding): Padding =>
  ({ top: Math.max(a.top, b.top), right: Math.max(a.right, b.right), bottom: Math.max(a.bottom, b.bottom), left: Math.max(a.left, b.left) });

export function StillMap({ camera, places: active, highlighted = [], time = 'day', still, km, label, textScale, nameSource, inset = ZERO, note, framed = false }: Props) {
  const lang = useLang();
  const box = useRef<HTMLDivElement>(null);
  const noteRef = useRef<HTMLParagraphElement>(null);
  const noteCovers = useMemo(() => (note ? [{ ref: noteRef, edge: 'nearest' as const }] : []), [note]);
  const covered = widest(inset, useCoveredPadding(box, noteCovers));
  const basemap = useBasemap();
  // At city scale (El Paso–Ciudad Juárez, Los Angeles) the detail patch the live map draws too.
  const zoom = framed ? sizedZoom(camera.zoom, still.width - inset.left - inset.right, still.height - inset.top - inset.bottom) : camera.zoom;
  const center = framed ? centreOffset(camera.center, zoom, (inset.left - inset.right) / 2, (inset.top - inset.bottom) / 2) : camera.center;
  const detail = useDetailPatches(stillDetailAreas(center, zoom, still.width, still.height).map((a) => a.id));
  const slice = sliceAt(km);
  const places = placeMarkerStates(active, highlighted, lang);
  const view = { center, zoom, width: still.width, height: still.height };
  const plans = camera.zoom >= PLAN_MIN_ZOOM
    ? storyPlans.flatMap((plan) => (active.includes(plan.place) ? [{ plan, pin: placeById(plan.place)?.coordinates }] : []))
    : [];
  const textPx = Math.max(7, Math.min(14, still.width / 40));
  const names = useMemo(() => storyNames(nameSource), [nameSource]);
  return (
    <div ref={box} className="still-map" data-time={time}>
      <StaticMap
        basemap={basemap}
        detail={detail}
        center={center}
        zoom={zoom}
        width={still.width}
        height={still.height}
        route={journey?.coordinates}
        travelled={slice?.travelled}
        places={places.map((p) => ({ id: p.id, coordinates: p.coordinates, label: p.label, approximate: p.approximate, active: p.active, highlighted: p.highlighted }))}
        label={label}
        lang={lang}
        names={names}
        // Standing in for the live map, names at its size (13–15 px) on any screen.
        textScale={textScale ?? (framed ? Math.max(1, Math.min(2.4, still.width / 1100)) : undefined)}
        inset={covered}
        // As the live map: only the chapter's (and lit-up) places are named, the cities around them fill in.
        nameEveryPlace={framed ? false : undefined}
        keepOff={time === 'night' ? [moonBox(still.width, covered, textScale ?? 1)] : undefined}
        fixedTexts={plans.flatMap(({ plan, pin }) => (pin ? planTexts(plan, pin, view, textPx, lang, covered.bottom) : []))}
        overlay={plans.map(({ plan, pin }) => pin && <PlanSvg key={plan.place} plan={plan} pin={pin} view={view} textPx={textPx} />)}
      />
      <Moon />
      {note && <p ref={noteRef} className="map-note" role="note">{note}</p>}
    </div>
  );
}

/** The handout's still map: the intent of StoryMap, drawn once. */
export function StillStoryMap(props: StoryMapProps & { still: { width: number; height: number } }) {
  const km = typeof props.travelledKm === 'number' ? props.travelledKm : props.travelledKm?.get() ?? 0;
  return <StillMap {...props} km={km} label={props.describe(km)} />;
}
