import './map.css';
/**
 * The story map beside the text: follows the current chapter's camera, draws the journey as
 * the reader scrolls, marks places, explains itself, and falls back to a static map.
 */
import { useMotionValueEvent, useReducedMotion, type MotionValue } from 'framer-motion';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Lang, LonLat } from '@/content/schema';
import { placeById, story } from '@/content/story';
import { fitCamera } from '@/lib/geo/fit-camera';
import { isFarMove, planMove } from '@/lib/geo/motion';
import { describeMap } from './describe-map';
import { journey, kmAt, sliceAt } from './journey';
import { MapControls } from './MapControls';
import { MapFallback } from './MapFallback';
import { placeMarkerStates } from './place-states';
import { useCameraHelper } from './use-camera-helper';
import { useMap } from './use-map';

export interface MapViewProps {
  index: number;
  progress: MotionValue<number>;
  lang: Lang;
  onSelectPlace: (placeId: string) => void;
  /** Places another feature wants lit up (e.g. while a character card is open). */
  highlighted?: readonly string[];
  /** Sentences other features add to the map description. */
  extraDescription?: readonly string[];
  callArc?: LonLat[] | null;
  /** Places whose phone is ringing in this chapter (the two ends of a call). */
  ringing?: readonly string[];
  other?: { at: LonLat; label: string } | null;
  /** Whether the reader may leave the story's camera and explore (an embed may forbid it). */
  explorable?: boolean;
}

const NO_PLACES: readonly string[] = [];

export function MapView({ index, progress, lang, onSelectPlace, highlighted = [], extraDescription = [], callArc = null, ringing = NO_PLACES, other = null, explorable = true }: MapViewProps) {
  const chapter = story.chapters[Math.max(0, index)];
  const camera = (chapter ?? story.chapters[0])!.camera;
  const container = useRef<HTMLDivElement>(null);
  const { state, note, adapter } = useMap(container, { initialCamera: camera, lang, onPlaceClick: onSelectPlace });
  const reduced = useReducedMotion() ?? false;
  // Exploring belongs to one chapter: a new chapter returns the map to the story.
  const [exploreAt, setExploreAt] = useState<number | null>(null);
  const explore = exploreAt === index;
  const setExplore = (on: boolean) => setExploreAt(on ? index : null);
  // Progress in 1% steps for the description: no re-render for every scrolled pixel.
  const [step, setStep] = useState(() => Math.round(progress.get() * 100));
  const km = kmAt(index, step / 100);
  const shownCamera = useRef(camera);
  useCameraHelper(adapter, state === 'ready');

  // A new chapter: move to its camera. Every chapter's view is absolute, so scrolling back
  // restores exactly what that chapter showed, and the newest request interrupts the last.
  useEffect(() => {
    const map = adapter.current;
    if (state !== 'ready' || !map) return;
    map.showCamera(camera, planMove(camera.transition, reduced, isFarMove(shownCamera.current, camera)));
    shownCamera.current = camera;
  }, [state, camera, reduced, adapter]);

  // Places lit up by another feature (a character card): frame them all, then return to the
  // chapter's view. Keyed by ids, since callers may pass a new array on every render.
  const focusKey = highlighted.join(' ');
  const framing = useRef(false);
  useEffect(() => {
    const map = adapter.current;
    const el = container.current;
    if (state !== 'ready' || !map || !el) return;
    const points = focusKey.split(' ').map((id) => placeById(id)?.coordinates).filter((c): c is LonLat => c !== undefined);
    const [width, height] = [el.clientWidth, el.clientHeight];
    // Room for the labels (they run to the right of a marker) and the controls at the bottom.
    const padding = { top: 48, left: 48, right: Math.min(200, width * 0.3), bottom: Math.min(120, height * 0.25) };
    const focus = fitCamera(points, { width, height, padding });
    if (focus) map.showCamera(focus, planMove('ease', reduced, isFarMove(shownCamera.current, focus)));
    else if (framing.current) map.showCamera(shownCamera.current, planMove('ease', reduced, false));
    framing.current = focus !== null;
  }, [focusKey, state, reduced, adapter]);

  const drawRoute = (p: number) => {
    const slice = sliceAt(kmAt(index, p));
    if (slice) adapter.current?.setRoute(slice);
  };
  useMotionValueEvent(progress, 'change', (p) => {
    drawRoute(p);
    setStep(Math.round(p * 100));
  });
  // eslint-disable-next-line react-hooks/exhaustive-deps -- redraw for a new chapter or a newly loaded map
  useEffect(() => drawRoute(progress.get()), [index, state]);

  const places = useMemo(() => placeMarkerStates(chapter?.places ?? [], highlighted, lang, ringing), [chapter, highlighted, lang, ringing]);
  useEffect(() => adapter.current?.setPlaces(places), [places, state, adapter]);
  useEffect(() => adapter.current?.setLanguage(lang), [lang, state, adapter]);
  useEffect(() => adapter.current?.setCallArc(callArc), [callArc, state, adapter]);
  useEffect(() => adapter.current?.setOtherPerson(other?.at ?? null, other?.label ?? ''), [other, state, adapter]);
  useEffect(() => {
    adapter.current?.setExplore(explore);
    if (!explore && state === 'ready') adapter.current?.showCamera(shownCamera.current, { kind: 'ease', durationMs: reduced ? 0 : 600 });
  }, [explore, state, adapter, reduced]);

  const describe = (travelledKm: number) =>
    describeMap({ chapter: index >= 0 ? chapter : undefined, places: story.places, travelledKm, totalKm: journey?.totalKm ?? 0, lang, extra: extraDescription });
  const description = describe(km);
  // Announced once per chapter (where its stretch of the journey ends), not at every 1% of scroll.
  const announcement = describe(kmAt(index, 1));
  return (
    <div className="map-pane" data-map-state={state} data-explore={explore || undefined}>
      <div ref={container} className="map-canvas" />
      {state !== 'ready' && <MapFallback failed={state === 'failed'} camera={camera} km={km} places={places} lang={lang} label={description} />}
      <MapControls lang={lang} description={description} announcement={announcement} explore={explore} canExplore={explorable && state === 'ready'} onExplore={setExplore} fallbackNote={note === 'fallback'} />
    </div>
  );
}
