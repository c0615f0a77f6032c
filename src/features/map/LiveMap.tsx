/**
 * The live story map: takes intent (the camera, the distance travelled, the places, the
 * overlays, what covers the map, the time of day), builds one scene from it and hands the
 * whole scene to the adapter, which touches MapLibre only for what changed. Explains itself
 * (legend, description), and shows the still map while it loads or if it cannot.
 */
import { motionValue, useMotionValueEvent, useReducedMotion, type MotionValue } from 'framer-motion';
import { useEffect, useMemo, useRef, useState } from 'react';
import { story } from '@/content/story';
import { namesInChapter } from '@/content/gazetteer-names';
import { gazetteer, plans as storyPlans } from '@/content/story-geo';
import type { MapScene } from './adapter/scene';
import { framePlaces } from './frame-places';
import { MapControls } from './MapControls';
import { MapLegend } from './MapLegend';
import { Moon } from './Moon';
import { MOON_GAP } from './moon-box';
import { placeMarkerStates } from './place-states';
import { projectorScale } from './projector-scale';
import { travellerName } from './traveller-name';
import { StillMap } from './StillStoryMap';
import type { StoryMapProps } from './story-map-props';
import { useCopyCameraKey } from './use-copy-camera-key';
import { useElementSize } from './use-element-size';
import { useMap } from './use-map';
import { useSceneCamera } from './use-scene-camera';
import { useCoveredPadding, type Cover } from '@/lib/layout/use-covered-padding';
import { useLang } from '@/lib/session/use-session';
import { PLAN_MIN_ZOOM } from '@/lib/plans/plan-geometry';
import { useAfter } from '@/lib/react/use-after';

const NONE: readonly string[] = [];
const NO_COVERS: readonly Cover[] = [];
/** How long the live map may take before the still map stands in for it, ms. */
const STILL_MAP_AFTER_MS = 2500;

/** Stands in for the distance of a still scene, so the scroll hook is always called. */
const FIXED = motionValue(0);

const kmNow = (km: StoryMapProps['travelledKm']): number | null => (km === null ? null : typeof km === 'number' ? km : km.get());

export function LiveMap(props: StoryMapProps) {
  const { camera: chapterCamera, travelledKm, places: active, highlighted = NONE, ringing = NONE, callArc = null } = props;
  const { time = 'day', covers = NO_COVERS, projector = false, describe, announcement, chapterKey, onSelectPlace, explorable = true, nameSource } = props;
  const lang = useLang();
  // In the other storyline's chapters the traveller is the other person: one marker (his), not
  // a second, Rosario's square, drawn over it (the legend names him once too).
  const other = props.other && !(travelledKm !== null && props.other.label === travellerName(lang)) ? props.other : null;
  const pane = useRef<HTMLDivElement>(null);
  const container = useRef<HTMLDivElement>(null);
  const controls = useRef<HTMLDivElement>(null);
  const size = useElementSize(container);
  const reduced = useReducedMotion() ?? false;
  // The controls lie along the bottom of a big map and fold into one button at the top right
  // of a small one (map.css): they cover whichever edge they are nearest.
  const allCovers = useMemo(() => [...covers, { ref: controls, edge: 'nearest' as const }], [covers]);
  const padding = useCoveredPadding(pane, allCovers);
  // Exploring belongs to one chapter: a new chapter returns the map to the story.
  const chapter = chapterKey ?? 0;
  const [exploreAt, setExploreAt] = useState<string | number | null>(null);
  const explore = exploreAt === chapter;
  const focusKey = highlighted.join(' ');
  const openW = size.width - padding.left - padding.right;
  const openH = size.height - padding.top - padding.bottom;
  const focus = useMemo(() => {
    if (!focusKey) return null;
    const framed = framePlaces(focusKey.split(' '), openW, openH);
    return framed && { ...framed, zoom: framed.zoom - Math.log2(Math.min(openW / 800, openH / 720) || 1) };
  }, [focusKey, openW, openH]);
  const { camera, move } = useSceneCamera(chapterCamera, focus, explore, reduced);
  const places = useMemo(() => placeMarkerStates(active, highlighted, lang, ringing), [active, highlighted, lang, ringing]);
  // The distance the description was last worded at: it re-renders when the words change,
  // not for every scrolled pixel.
  const [describedKm, setDescribedKm] = useState(() => kmNow(travelledKm) ?? 0);
  const description = describe(typeof travelledKm === 'number' ? travelledKm : describedKm);
  const scale = projector ? projectorScale(size.width, size.height) : 1;

  const named = useMemo(() => (nameSource ? namesInChapter(nameSource, gazetteer) : NONE), [nameSource]);
  const scene = (km: number | null): MapScene => ({
    camera, move, travelledKm: km, places, callArc, other, lang, explore, padding, time, instant: reduced, scale, named,
  });
  const latestScene = useRef(scene);
  const latestKm = useRef(() => kmNow(travelledKm));
  useEffect(() => {
    latestScene.current = scene;
    latestKm.current = () => kmNow(travelledKm);
  });
  const plans = useMemo(() => storyPlans.flatMap((plan) => {
    const pin = story.places.find((p) => p.id === plan.place)?.coordinates;
    return pin ? [{ plan, pin }] : [];
  }), []);
  // The still map stands in only where the live one is slow to come (or fails): on a quick
  // load it would be drawn and thrown away, and its basemap parse delays the live map.
  const slowToLoad = useAfter(STILL_MAP_AFTER_MS);
  const { state, note, adapter } = useMap(container, { scene: () => latestScene.current(latestKm.current()), onPlaceClick: (id) => onSelectPlace?.(id), plans });
  useCopyCameraKey(adapter, state === 'ready');

  useEffect(() => {
    if (state === 'ready') adapter.current?.show(latestScene.current(latestKm.current()));
  }, [state, adapter, camera, move, places, callArc, other, lang, explore, padding, time, reduced, scale, named]);
  const motion: MotionValue<number> | undefined = travelledKm !== null && typeof travelledKm !== 'number' ? travelledKm : undefined;
  useMotionValueEvent(motion ?? FIXED, 'change', (km) => {
    if (!motion) return;
    adapter.current?.show(latestScene.current(km));
    if (describe(km) !== description) setDescribedKm(km);
  });

  const km = kmNow(travelledKm) ?? 0;
  const moonAt = { top: `${padding.top + MOON_GAP}px`, right: `${padding.right + MOON_GAP}px` };
  return (
    <div ref={pane} className="map-pane" data-map-state={state} data-explore={explore || undefined} data-time={time} data-projector={projector || undefined}
      style={{ ['--moon-top' as string]: moonAt.top, ['--moon-right' as string]: moonAt.right, ['--map-scale' as string]: String(scale) }}>
      <div ref={container} className="map-canvas" />
      {(state === 'failed' || (state === 'loading' && slowToLoad)) && (
        <div className="map-fallback">
          <StillMap camera={camera} places={active} highlighted={highlighted} time={time} km={km} label={description}
            still={{ width: Math.max(320, size.width || 800), height: Math.max(240, size.height || 600) }}
            textScale={projector ? scale : undefined} nameSource={nameSource} inset={padding}
            note={state === 'failed' ? fallbackWords[lang] : undefined} framed />
        </div>
      )}
      {state === 'ready' && <Moon />}
      <MapControls ref={controls} description={description} announcement={announcement ?? description} explore={explore}
        canExplore={explorable && state === 'ready'} onExplore={(on) => setExploreAt(on ? chapter : null)} fallbackNote={note === 'fallback'}
        legend={<MapLegend travelled={travelledKm !== null} other={other?.label ?? null} call={callArc !== null && callArc.length > 1}
          plan={camera.zoom >= PLAN_MIN_ZOOM && storyPlans.some((p) => active.includes(p.place))} />} />
    </div>
  );
}

const fallbackWords = {
  es: 'Este navegador no puede mostrar el mapa interactivo; se muestra un mapa fijo de cada capítulo.',
  en: 'This browser cannot show the interactive map; a still map of each chapter is shown instead.',
} as const;
