import { useMemo, type ReactNode } from 'react';
import type { FeatureCollection } from 'geojson';
import { basemapLabels, basemapPalette as pal } from '@/lib/basemap/basemap';
import { mapNames, TEXT_STYLE, type FixedText, type MapName, type MapText, type TextKind } from './map-names';
import type { Box } from './place-labels';
import { basemapPaths, inView, linePath, patchPaths, projector, type BasemapPaths, type Pixel, type View } from './project';

export interface StaticMapPlace {
  id: string;
  coordinates: [number, number];
  label: string;
  approximate: boolean;
  active: boolean;
  /** Lit up (an open character card's places): named like the chapter's own. */
  highlighted?: boolean;
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
  /** Names besides the basemap's own (the story's gazetteer, see map-names.ts). */
  names?: readonly MapName[];
  /** Drawn over the basemap, under the journey and the places (a drawn plan of a scene). */
  overlay?: ReactNode;
  /** How much larger than at 1100 px wide the names are drawn (default: with the map's width). */
  textScale?: number;
  /** What covers the map along its edges (controls, legend, cards), px: no name is written there. */
  inset?: { top: number; right: number; bottom: number; left: number };
  /** Names fixed in place (a drawn plan's), placed after the chapter's places and before the rest. */
  fixedTexts?: readonly FixedText[];
  /** Boxes laid over the map (the moon), px: no name is written there. */
  keepOff?: readonly Box[];
  /** Name every story place, not only the active ones (default: when none is active, e.g. a worksheet's map). */
  nameEveryPlace?: boolean;
}

const SANS = 'Inter, system-ui, sans-serif';
const SERIF = 'Literata, Georgia, serif';
const STROKE = { fill: 'none', strokeLinejoin: 'round', strokeLinecap: 'round' } as const;
const dash = (s: number, ...lengths: number[]) => lengths.map((n) => n * s).join(' ');

/** Colour, family and style of each kind of text (sizes and spacing: map-names.ts). */
const TEXT_LOOK: Record<TextKind, [string, string, string]> = {
  city: [pal.inkMuted, SANS, 'normal'],
  place: [pal.ink, SANS, 'normal'],
  activePlace: [pal.ink, SANS, 'normal'],
  plan: [pal.ink, SANS, 'normal'],
  country: [pal.inkMuted, SERIF, 'normal'],
  state: [pal.inkMuted, SANS, 'normal'],
  water: [pal.water, SERIF, 'italic'],
};

/** One placed name (see place-labels.ts), with a halo of the paper's colour: a text per line. */
function NameText({ text: placed }: { text: MapText }) {
  const { kind, x, y, textAnchor, size, lines, lineHeight } = placed;
  const [fill, family, style] = TEXT_LOOK[kind];
  const { spacing, bold } = TEXT_STYLE[kind];
  const look = {
    x, fill, fontFamily: family, fontStyle: style, fontWeight: bold ? 700 : kind === 'place' ? 500 : 400, fontSize: size,
    letterSpacing: spacing ? (spacing * size) / TEXT_STYLE[kind].size : undefined, textAnchor,
    stroke: pal.paper, strokeWidth: size / 4, strokeLinejoin: 'round', paintOrder: 'stroke',
  } as const;
  return (
    <g>
      {lines.map((line, i) => <text key={i} {...look} y={y + i * lineHeight}>{line}</text>)}
    </g>
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
      {/* Shallow water along the coast, under the land, as the live map draws it (a soft band). */}
      <path d={paths.coast} {...STROKE} stroke={pal.seaShallow} strokeWidth={12 * s} strokeOpacity={0.45} />
      <path d={paths.coast} {...STROKE} stroke={pal.seaShallow} strokeWidth={6 * s} strokeOpacity={0.6} />
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

function PlaceMark({ place, at, r, ring, s }: { place: StaticMapPlace; at: Pixel; r: number; ring: number; s: number }) {
  const [cx, cy] = at;
  return (
    <g>
      {ring > 0 && (
        <circle {...{ cx, cy, r: ring }} fill={pal.place} fillOpacity={0.08} stroke={pal.place}
          strokeWidth={1.2 * s} strokeDasharray={dash(s, 3, 2.5)} />
      )}
      <circle {...{ cx, cy, r }} fill={place.active ? pal.place : pal.paper}
        stroke={place.active ? pal.paper : pal.place} strokeWidth={2 * s} />
    </g>
  );
}

/** Static SVG map (no WebGL): basemap, journey route and story places, for fallbacks and print. */
export function StaticMap(props: StaticMapProps) {
  const { basemap, detail = [], center, zoom, width, height, route, travelled, places = [], label, lang, names, overlay, textScale, inset, fixedTexts, keepOff, nameEveryPlace } = props;
  const view: View = { center, zoom, width, height };
  const labels = useMemo((): MapName[] => (basemap ? [...basemapLabels(basemap), ...(names ?? [])] : []), [basemap, names]);
  const project = projector(view);
  const s = Math.max(0.6, Math.min(2, width / 1280));
  // Text reads at the live map's size on a desk (13–15 px at 1100 px wide), grows on a wide
  // map more than the strokes do, and as the live map's does on a projector (`textScale`).
  const t = textScale ?? Math.max(0.75, Math.min(2.4, width / 1100));
  // With no place of its own (a handout's overview, a worksheet) the map names every story place that fits.
  const labelAll = nameEveryPlace ?? !places.some((p) => p.active);
  const markers = places.map((p) => {
    const r = (p.active ? 7 : 4.5) * s;
    return { place: p, at: project(p.coordinates), r, ring: p.approximate ? r * 2.4 : 0 };
  });
  const { texts, cities } = mapNames({
    places: markers.map(({ place, at, r, ring }) => ({
      id: place.id, at, r, ring, text: place.label, active: place.active, labelled: labelAll || place.active || !!place.highlighted,
    })),
    labels, view, lang, s, t, inset, fixed: fixedTexts, keepOff,
  });
  const travelledPath = linePath(travelled, view);
  return (
    <svg role="img" aria-label={label} viewBox={`0 0 ${width} ${height}`} width="100%"
      style={{ display: 'block', height: 'auto' }}>
      <BasemapLayers basemap={basemap} view={view} s={s} />
      {detail.map((patch, i) => <PatchLayers key={i} patch={patch} view={view} s={s} />)}
      {overlay}
      <path d={linePath(route, view)} {...STROKE} stroke={pal.routeFaint} strokeWidth={2.5 * s}
        strokeDasharray={dash(s, 1, 5)} />
      <path d={travelledPath} {...STROKE} stroke={pal.paper} strokeWidth={7 * s} />
      <path d={travelledPath} {...STROKE} stroke={pal.route} strokeWidth={3.5 * s} />
      <g>
        {cities.map(({ id, at: [x, y], r }) => <circle key={id} cx={x} cy={y} r={r} fill={pal.ink} stroke={pal.paper} strokeWidth={s} />)}
      </g>
      {markers.map(({ place, at, r, ring }) => (inView(at, view, -40) ? <PlaceMark key={place.id} {...{ place, at, r, ring, s }} /> : null))}
      {/* Every name above every mark, placed so that none overlaps another, a dot or the map's edge. */}
      <g>
        {texts.map((text) => <NameText key={text.id} text={text} />)}
      </g>
    </svg>
  );
}
