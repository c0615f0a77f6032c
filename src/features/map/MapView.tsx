import './map.css';
/**
 * The story map: takes intent (the chapter, the progress through it, the places lit up, the
 * overlays), builds one scene from it and hands the whole scene to the adapter, which touches
 * MapLibre only for what changed. Explains itself, and falls back to a still map.
 */
import { useMotionValueEvent, useReducedMotion, type MotionValue } from 'framer-motion';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { LonLat } from '@/content/schema';
import { story } from '@/content/story';
import { namesInChapter } from '@/content/gazetteer-names';
import type { MapScene } from './adapter/scene';
import { describeMap } from './describe-map';
import { framePlaces } from './frame-places';
import { journey, kmAt } from '@/lib/journey';
import { MapControls } from './MapControls';
import { MapFallback } from './MapFallback';
import { placeMarkerStates } from './place-states';
import { useCopyCameraKey } from './use-copy-camera-key';
import { useElementSize } from './use-element-size';
import { useMap } from './use-map';
import { useSceneCamera } from './use-scene-camera';
import { useLang } from '@/lib/session/use-session';
import { useAfter } from '@/lib/react/use-after';

export interface MapViewProps {
  index: number;
  progress: MotionValue<number>;
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
/** How long the live map may take before the still map stands in for it, ms. */
const STILL_MAP_AFTER_MS = 2500;

export function MapView({ index, progress, onSelectPlace, highlighted = NO_PLACES, extraDescription = [], callArc = null, ringing = NO_PLACES, other = null, explorable = true }: MapViewProps) {
  const lang = useLang();
  const chapter = story.chapters[Math.max(0, index)];
  const container = useRef<HTMLDivElement>(null);
  const size = useElementSize(container);
  const reduced = useReducedMotion() ?? false;
  // Exploring belongs to one chapter: a new chapter returns the map to the story.
  const [exploreAt, setExploreAt] = useState<number | null>(null);
  const explore = exploreAt === index;
  const focusKey = highlighted.join(' ');
  const focus = useMemo(() => (focusKey ? framePlaces(focusKey.split(' '), size.width, size.height) : null), [focusKey, size.width, size.height]);
  const { camera, move } = useSceneCamera((chapter ?? story.chapters[0])!.camera, focus, explore, reduced);
  const places = useMemo(() => placeMarkerStates(chapter?.places ?? [], highlighted, lang, ringing), [chapter, highlighted, lang, ringing]);
  const named = useMemo(() => (index >= 0 && chapter ? namesInChapter(chapter, story.gazetteer) : NO_PLACES), [index, chapter]);
  // Progress in 1% steps for the description: no re-render for every scrolled pixel.
  const [step, setStep] = useState(() => Math.round(progress.get() * 100));

  const scene = (p: number): MapScene => ({
    camera, move, travelledKm: journey ? kmAt(index, p) : null, places, callArc, other, lang, explore, named,
  });
  const latestScene = useRef(scene);
  useEffect(() => {
    latestScene.current = scene;
  });
  // The still map stands in only where the live one is slow to come (or fails): on a quick
  // load it would be drawn and thrown away, and its basemap parse delays the live map.
  const slowToLoad = useAfter(STILL_MAP_AFTER_MS);
  const { state, note, adapter } = useMap(container, { scene: () => latestScene.current(progress.get()), onPlaceClick: onSelectPlace });
  useCopyCameraKey(adapter, state === 'ready');

  useEffect(() => {
    if (state === 'ready') adapter.current?.show(latestScene.current(progress.get()));
  }, [state, adapter, progress, camera, move, index, places, callArc, other, lang, explore, named]);
  useMotionValueEvent(progress, 'change', (p) => {
    adapter.current?.show(latestScene.current(p));
    setStep(Math.round(p * 100));
  });

  const km = kmAt(index, step / 100);
  const describe = (travelledKm: number) =>
    describeMap({ chapter: index >= 0 ? chapter : undefined, places: story.places, travelledKm, totalKm: journey?.totalKm ?? 0, lang, extra: extraDescription });
  const description = describe(km);
  // Announced once per chapter (where its stretch of the journey ends), not at every 1% of scroll.
  const announcement = describe(kmAt(index, 1));
  return (
    <div className="map-pane" data-map-state={state} data-explore={explore || undefined}>
      <div ref={container} className="map-canvas" />
      {(state === 'failed' || (state === 'loading' && slowToLoad)) && <MapFallback failed={state === 'failed'} camera={camera} km={km} places={places} label={description} />}
      <MapControls description={description} announcement={announcement} explore={explore} canExplore={explorable && state === 'ready'} onExplore={(on) => setExploreAt(on ? index : null)} fallbackNote={note === 'fallback'} />
    </div>
  );
}
