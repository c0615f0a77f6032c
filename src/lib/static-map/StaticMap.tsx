import { useMemo, type ReactNode } from 'react';
import type { FeatureCollection } from 'geojson';
import { basemapLabels, basemapPalette as pal, type BasemapLabel } from '@/lib/basemap/basemap';
import { basemapPaths, inView, linePath, patchPaths, projector, visibleCities, type BasemapPaths, type Pixel, type View } from './project';

export interface StaticMapPlace {
  id: string;
  coordinates: [number, number];
  label: string;
  approximate: boolean;
  active: boolean;
}

export interface StaticMapProps {
  basemap: FeatureCollection | null;
  center: [number, number];
  zoom: number;
  width: number;
  height: number;
  route?: [number, number][];
  travelled?: [number, number][];
  places?: StaticMapPlace[];
  label: string;
  lang: 'es' | 'en';
  /** Detail patches drawn over the overview where the view is inside their area (see detail-areas.ts). */
  detail?: readonly FeatureCollection[];
  /** Names besides the basemap's own (the story's gazetteer, see gazetteerLabels). */
  names?: readonly BasemapLabel[];
  /** Drawn over the basemap, under the journey and the places (a drawn plan of a scene). */
  overlay?: ReactNode;
  /** How much larger than at 1100 px wide the names are drawn (default: with the map's width). */
  textScale?: number;
}

type Lang = StaticMapProps['lang'];
type TextKind = 'city' | 'place' | 'activePlace' | BasemapLabel['kind'];

const SANS = 'Inter, system-ui, sans-serif';
const SERIF = 'Literata, Georgia, serif';
const STROKE = { fill: 'none', strokeLinejoin: 'round', strokeLinecap: 'round' } as const;
const dash = (s: number, ...lengths: number[]) => lengths.map((n) => n * s).join(' ');

/** size, fill, family, style, weight, letter spacing and case of each kind of text (size in px at s = 1). */
const TEXT: Record<TextKind, [number, string, string, string, number, number, boolean]> = {
  city: [12, pal.inkMuted, SANS, 'normal', 400, 0, false],
  place: [13, pal.ink, SANS, 'normal', 500, 0, false],
  activePlace: [14, pal.ink, SANS, 'normal', 700, 0, false],
  country: [17, pal.inkMuted, SERIF, 'normal', 400, 4, true],
  state: [10.5, pal.inkMuted, SANS, 'normal', 400, 1.5, true],
  water: [13, pal.water, SERIF, 'italic', 400, 0, false],
};

interface MapTextProps {
  kind: TextKind;
  at: Pixel;
  s: number;
  text: string;
  middle?: boolean;
  /** The map's width: a name that would run off its right or left edge is moved inside. */
  room?: number;
}

function MapText({ kind, at, s, text, middle, room }: MapTextProps) {
  const [size, fill, family, style, weight, spacing, upper] = TEXT[kind];
  // About how wide the name is drawn (no layout in SVG): kept whole inside the map.
  const w = text.length * (size * s * (upper ? 0.72 : 0.56) + spacing * s);
  let x = at[0];
  if (room !== undefined) {
    const [lo, hi] = middle ? [w / 2 + 2, room - w / 2 - 2] : [2, room - w - 2];
    if (hi >= lo) x = Math.max(lo, Math.min(hi, x));
  }
  return (
    <text
      {...{ x, y: at[1], fill, fontFamily: family, fontStyle: style, fontWeight: weight }}
      fontSize={size * s}
      letterSpacing={spacing * s}
      textAnchor={middle ? 'middle' : 'start'}
      stroke={pal.paper}
      strokeWidth={(size * s) / 4}
      strokeLinejoin="round"
      paintOrder="stroke"
    >
      {upper ? text.toUpperCase() : text}
    </text>
  );
}

function BasemapLayers({ basemap, view, s }: { basemap: FeatureCollection | null; view: View; s: number }) {
  const { center: [lon, lat], zoom, width, height } = view;
  const paths = useMemo(
    () => basemapPaths(basemap, { center: [lon, lat], zoom, width, height }),
    [basemap, lon, lat, zoom, width, height],
  );
  return (
    <g>
      <rect width={width} height={height} fill={pal.sea} />
      <Geography paths={paths} s={s} />
    </g>
  );
}

/** A detail patch over the overview: its own sea, land, coast, state lines and border. */
function PatchLayers({ patch, view, s }: { patch: FeatureCollection; view: View; s: number }) {
  const { center: [lon, lat], zoom, width, height } = view;
  const paths = useMemo(() => patchPaths(patch, { center: [lon, lat], zoom, width, height }), [patch, lon, lat, zoom, width, height]);
  return (
    <g data-detail="">
      <path d={paths.sea} fill={pal.sea} />
      <Geography paths={paths} s={s} />
    </g>
  );
}

function Geography({ paths, s }: { paths: BasemapPaths; s: number }) {
  return (
    <>
      <path d={paths.land} fill={pal.land} />
      <path d={paths.usa} fill={pal.usa} />
      <path d={paths.mexico} fill={pal.mexico} />
      {/* City context, as the live map draws it: quieter than the journey. */}
      <path d={paths.urban} fill={pal.urban} fillOpacity={0.75} stroke={pal.urbanEdge} strokeOpacity={0.45} strokeWidth={0.6 * s} />
      <path d={paths.lake} fill={pal.sea} stroke={pal.coast} strokeWidth={0.6 * s} />
      <path d={paths.river} {...STROKE} stroke={pal.river} strokeWidth={1.4 * s} strokeOpacity={0.75} />
      <path d={paths.rail} {...STROKE} stroke={pal.rail} strokeWidth={0.9 * s} strokeOpacity={0.7} strokeDasharray={dash(s, 6, 1.5)} />
      <path d={paths.coast} {...STROKE} stroke={pal.coast} strokeWidth={s} />
      <path d={paths.state} {...STROKE} stroke={pal.state} strokeWidth={0.9 * s} strokeDasharray={dash(s, 4, 3)} />
      {/* Clear but quieter than the journey (3.5 on a 7 casing): the route leads. */}
      <path d={paths.border} {...STROKE} stroke={pal.borderHalo} strokeWidth={5 * s} strokeOpacity={0.8} />
      <path d={paths.border} {...STROKE} stroke={pal.borderBand} strokeWidth={3.5 * s} strokeOpacity={0.3} />
      <path d={paths.border} {...STROKE} stroke={pal.border} strokeWidth={1.3 * s} strokeOpacity={0.85}
        strokeDasharray={dash(s, 7, 3, 1.5, 3)} />
    </>
  );
}

function PlaceMark({ place, at, s, t, room, showLabel }: { place: StaticMapPlace; at: Pixel; s: number; t: number; room: number; showLabel: boolean }) {
  const r = (place.active ? 7 : 4.5) * s;
  const [cx, cy] = at;
  return (
    <g>
      {place.approximate && (
        <circle {...{ cx, cy, r: r * 2.4 }} fill={pal.place} fillOpacity={0.08} stroke={pal.place}
          strokeWidth={1.2 * s} strokeDasharray={dash(s, 3, 2.5)} />
      )}
      <circle {...{ cx, cy, r }} fill={place.active ? pal.place : pal.paper}
        stroke={place.active ? pal.paper : pal.place} strokeWidth={2 * s} />
      {showLabel && (
        <MapText kind={place.active ? 'activePlace' : 'place'} at={[cx + r + 6 * s, cy + 4.5 * t]} s={t}
          text={place.label} room={room} />
      )}
    </g>
  );
}

interface LabelProps {
  labels: BasemapLabel[];
  view: View;
  s: number;
  /** Text's scale (see StaticMap). */
  t: number;
  lang: Lang;
}

function AreaLabels({ labels, view, t, lang }: LabelProps) {
  const project = projector(view);
  return (
    <g>
      {labels
        // Only names whose place is in the view: a name moved inside from far outside (New Mexico
        // beside Los Angeles) would name the wrong land.
        .filter((l) => l.kind !== 'city' && (l.kind !== 'state' || l.rank <= 2) && inView(project(l.coordinates), view))
        .map((l) => (
          <MapText key={`${l.kind}-${l.name.en}`} kind={l.kind} at={project(l.coordinates)} s={t}
            text={l.name[lang]} middle room={view.width} />
        ))}
    </g>
  );
}

function CityMarks({ labels, view, s, t, lang, avoid }: LabelProps & { avoid: Pixel[] }) {
  return (
    <g>
      {visibleCities(labels, view, avoid, 16 * t).map(({ city, at: [x, y] }) => (
        <g key={city.name.en}>
          <circle cx={x} cy={y} r={(city.rank === 1 ? 3 : 2.4) * s} fill={pal.ink} stroke={pal.paper} strokeWidth={s} />
          <MapText kind="city" at={[x + 6 * s, y - 5 * t]} s={t} text={city.name[lang]} room={view.width} />
        </g>
      ))}
    </g>
  );
}

/** Static SVG map (no WebGL): basemap, journey route and story places, for fallbacks and print. */
export function StaticMap(props: StaticMapProps) {
  const { basemap, detail = [], center, zoom, width, height, route, travelled, places = [], label, lang, names, overlay, textScale } = props;
  const view: View = { center, zoom, width, height };
  const labels = useMemo(() => (basemap ? [...basemapLabels(basemap), ...(names ?? [])] : []), [basemap, names]);
  const project = projector(view);
  const s = Math.max(0.6, Math.min(2, width / 1280));
  // Text reads at the live map's size on a desk (13–15 px at 1100 px wide), grows on a wide
  // map more than the strokes do, and as the live map's does on a projector (`textScale`).
  const t = textScale ?? Math.max(0.75, Math.min(2.4, width / 1100));
  const labelAll = !places.some((p) => p.active);
  const placePixels = places.map((p) => project(p.coordinates));
  const travelledPath = linePath(travelled, view);
  const labelProps: LabelProps = { labels, view, s, t, lang };
  return (
    <svg role="img" aria-label={label} viewBox={`0 0 ${width} ${height}`} width="100%"
      style={{ display: 'block', height: 'auto' }}>
      <BasemapLayers basemap={basemap} view={view} s={s} />
      {detail.map((patch, i) => <PatchLayers key={i} patch={patch} view={view} s={s} />)}
      <AreaLabels {...labelProps} />
      {overlay}
      <path d={linePath(route, view)} {...STROKE} stroke={pal.routeFaint} strokeWidth={2.5 * s}
        strokeDasharray={dash(s, 1, 5)} />
      <path d={travelledPath} {...STROKE} stroke={pal.paper} strokeWidth={7 * s} />
      <path d={travelledPath} {...STROKE} stroke={pal.route} strokeWidth={3.5 * s} />
      <CityMarks {...labelProps} avoid={placePixels} />
      {places.map((place, i) => {
        const at = placePixels[i] ?? [0, 0];
        if (!inView(at, view, -40)) return null;
        return <PlaceMark key={place.id} place={place} at={at} s={s} t={t} room={view.width} showLabel={labelAll || place.active} />;
      })}
    </svg>
  );
}
