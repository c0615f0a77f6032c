/**
 * The map adapter (this folder is the only code that imports maplibre-gl). It takes whole
 * scenes (see scene.ts) and lets the painter diff each against the last, so MapLibre is
 * touched only for what changed. Loaded lazily, so the text never waits for it.
 */
import 'maplibre-gl/dist/maplibre-gl.css';
import {
  AttributionControl, Map as MapLibreMap, Marker, NavigationControl, prewarm, setWorkerUrl,
  type StyleSpecification,
} from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
// The page's own Latin face (the same file its CSS loads): map labels need no glyph server.
import labelFontUrl from '@fontsource/literata/files/literata-latin-400-normal.woff2?url';
import type { FeatureCollection } from 'geojson';
import type { Camera, GazetteerEntry, Lang, LonLat } from '@/content/schema';
import { BASEMAP_BOUNDS } from '@/lib/basemap/basemap';
import type { RouteSlice } from '@/lib/geo/route-measure';
import { basemapStyle } from './basemap-style';
import { createDetailPatches } from './detail-patches';
import { sizedZoom } from './sized-zoom';
import {
  addLabelImages, addLabelLayers, gazetteerFeatures, setLabelLanguage, setNamed, setPlaceFeatures,
} from './label-layers';
import { addWallLayers, createLabelWalls } from './label-walls';
import { addOverlayLayers, createStoryLines } from './overlay-layers';
import { PlaceMarkers, showMarker } from './markers';
import { createScenePainter, NO_PADDING, type MapPort, type MapScene } from './scene';
import { firstViewSettled } from '@/lib/first-view';
import type { Padding } from '@/lib/geo/fit-camera';
import { flightMs, SHORTEST_FLIGHT_MS } from '@/lib/geo/camera-move';
import { PLAN_MIN_ZOOM } from '@/lib/plans/plan-geometry';
import { addPlanLayers, addPlanNameLayer, PlanLabels, PLAN_NAMES_LAYER, type PlacedPlan } from './plan-layers';
import { createScaler } from './projector-scaler';
import { SettledScale } from './settled-scale';
import { createTimeOfDay } from './time-of-day';

// Without this the built app's worker cannot be found and the map never loads.
setWorkerUrl(workerUrl);
// The worker starts now, while React mounts the map and WebGL is set up, not at the first source.
prewarm();

export interface MapOptions {
  container: HTMLElement;
  /** The basemap's data, already loaded (so MapLibre does not fetch it again). */
  basemap: FeatureCollection;
  /** The story's real names (towns, roads, rivers) to label. */
  gazetteer: readonly GazetteerEntry[];
  remoteStyle?: string;
  /** The first scene: the map is created at its camera. */
  scene: MapScene;
  /** Cuts the journey at a distance, km (null without a route). */
  slice: (km: number) => RouteSlice | null;
  onPlaceClick: (placeId: string) => void;
  /** Drawn plans of invented places, each at its pin (drawn at close zoom). */
  plans: readonly PlacedPlan[];
  /** The map failed after it was created (style, WebGL context lost). */
  onFailure: (reason: string) => void;
  /** The remote style failed and the embedded basemap took over. */
  onFallback: () => void;
}

export interface MapAdapter {
  /** Shows a scene: only what differs from the last one touches the map. */
  show(scene: MapScene): void;
  currentCamera(): Camera;
  destroy(): void;
}

const HANDLERS = ['dragPan', 'scrollZoom', 'boxZoom', 'dragRotate', 'keyboard', 'doubleClickZoom', 'touchZoomRotate', 'touchPitch'] as const;

function waitForLoad(map: MapLibreMap, options: MapOptions, embedded: StyleSpecification): Promise<void> {
  return new Promise((resolve, reject) => {
    let usingRemote = Boolean(options.remoteStyle);
    map.on('error', (e) => {
      const message = e.error?.message ?? 'map error';
      if (usingRemote && !map.loaded()) {
        usingRemote = false;
        map.setStyle(embedded); // the opt-in remote style failed: fall back without a fuss
        options.onFallback();
      } else if (!map.loaded()) reject(new Error(message));
    });
    map.once('load', () => resolve());
  });
}

/**
 * Creates the map and resolves once its first style has loaded; rejects if it cannot, and
 * then the map is removed (its WebGL context released) before the error reaches the caller.
 */
export async function createMap(options: MapOptions): Promise<MapAdapter> {
  // No separate WebGL probe (a throwaway context cost ~0.5 s in software GL): without WebGL
  // the constructor throws, and the caller shows the still map.
  const first = options.scene;
  // The gazetteer's names ride in the basemap's labels source: one source to tile, not two.
  const embedded = basemapStyle(options.basemap, labelFontUrl, first.lang, gazetteerFeatures(options.gazetteer).features);
  // Cameras are written for the desktop reading map; a phone's map or a projector's shows
  // the same area (see sizedZoom) in the part of it nothing covers.
  // The container's size, read once and then at each of MapLibre's resizes (it observes the
  // container): `sized` runs on every scrolled frame of a journey, and reading clientWidth
  // there forced a layout per frame.
  const size = { width: options.container.clientWidth, height: options.container.clientHeight };
  const sized = (zoom: number, pad: Padding = NO_PADDING) => sizedZoom(
    zoom,
    size.width - pad.left - pad.right,
    size.height - pad.top - pad.bottom,
  );
  const map = new MapLibreMap({
    container: options.container,
    style: options.remoteStyle ?? embedded,
    center: first.camera.center, zoom: sized(first.camera.zoom, first.padding), bearing: first.camera.bearing, pitch: first.camera.pitch,
    attributionControl: false,
    // The frame never leaves the embedded data: past its edge the land stops in a hard line
    // (a portrait tablet or a wide projector would show it). MapLibre shifts the camera or
    // zooms in just enough to keep the whole frame inside.
    maxBounds: [...BASEMAP_BOUNDS] as [number, number, number, number],
    renderWorldCopies: false,
    interactive: true,
    // Names fade in and out over 100 ms (MapLibre's default is 300). Each fade keeps the map
    // drawing frames after the camera has arrived or a tile has come in: a third of them, on a
    // weak laptop a frame or two instead of five or six. Not 0: names are placed again at most
    // every 100 ms while the camera flies, and they cross-fade instead of blinking on and off.
    fadeDuration: 100,
  });
  try {
    for (const h of HANDLERS) map[h].disable(); // reading: the page keeps the scroll wheel and touch
    map.on('resize', () => {
      size.width = options.container.clientWidth;
      size.height = options.container.clientHeight;
    });
    const planZoom = sized(PLAN_MIN_ZOOM);
    const timeOfDay = createTimeOfDay(map);
    const lines = createStoryLines(map);
    const addStoryLayers = () => {
      addLabelImages(map);
      addOverlayLayers(map);
      addPlanLayers(map, options.plans, planZoom);
      // The gazetteer's roads go under a drawn plan: its street covers the boulevard's line.
      addLabelLayers(map, options.gazetteer, first.lang, map.getLayer('plan-fill') ? 'plan-fill' : 'route-ahead-line');
      addPlanNameLayer(map, options.plans, first.lang);
      // Last, so placed first: every name keeps off the walls (the edges, covers, the moon, the traveller).
      addWallLayers(map);
    };
    map.on('styleimagemissing', () => addLabelImages(map));
    map.on('style.load', () => {
      addStoryLayers();
      timeOfDay.restyled();
    });
    map.on('webglcontextlost', () => options.onFailure('WebGL context lost'));
    await waitForLoad(map, options, embedded);
    addStoryLayers();
    return adapterFor(map, options, sized, { timeOfDay, planZoom, size, lines });
  } catch (error) {
    map.remove();
    throw error;
  }
}

/** The adapter over a loaded map: the scene painter, speaking MapLibre. */
interface Extras {
  timeOfDay: ReturnType<typeof createTimeOfDay>;
  planZoom: number;
  /** The container's size as of MapLibre's last resize (reading it would force a layout). */
  size: Readonly<{ width: number; height: number }>;
  /** The journey's lines and the travellers' walls (one source). */
  lines: ReturnType<typeof createStoryLines>;
}

function adapterFor(map: MapLibreMap, options: MapOptions, sized: (zoom: number, pad?: Padding) => number, extras: Extras): MapAdapter {
  const first = options.scene;
  let padding = first.padding;
  /** The map's zoom in the story's units (as written in chapter cameras). */
  const storyZoom = () => map.getZoom() - (sized(10, padding) - 10);
  map.addControl(new AttributionControl({ compact: false }), 'bottom-right');
  const scale = new SettledScale({ unit: first.lang === 'en' ? 'imperial' : 'metric', maxWidth: 120 });
  map.addControl(scale, 'bottom-left');
  const nav = new NavigationControl({ showCompass: true });
  const places = new PlaceMarkers(map, options.onPlaceClick);
  // A patch that arrives at night is drawn by moonlight too.
  const details = createDetailPatches(map, extras.size, () => extras.timeOfDay.joined());
  const planLabels = new PlanLabels(map, options.plans, first.lang, extras.planZoom);
  const scaled = createScaler(map);
  const traveller = new Marker({ element: markerElement('traveller traveller-main'), anchor: 'center' });
  const other = new Marker({ element: markerElement('traveller traveller-other'), anchor: 'center' });
  let explore = false;
  let lang: Lang = first.lang;
  let fadeTimer: ReturnType<typeof setTimeout> | undefined;

  // State a test (or a curious reader's devtools) can read off the page: the view once the
  // camera has settled, and the kind of the last move.
  const el = options.container;
  // Names fit the open part of the view, clear of what lies on it, once the camera has arrived.
  const walls = createLabelWalls(map, extras.size, first, (movers) => extras.lines.setMovers(movers));
  map.on('moveend', () => {
    const c = map.getCenter();
    details.ensure([c.lng, c.lat], map.getZoom(), true);
    // A resize ends with a moveend too. The plan's caption first: the map's names keep off it.
    walls.arrived(() => padding, (open) => planLabels.fit(open, () => places.dots()));
  });
  walls.fit(padding);
  map.on('movestart', () => el.setAttribute('data-moving', ''));
  map.on('idle', () => {
    firstViewSettled(); // the first view is drawn: the offline precache may start
    el.removeAttribute('data-moving');
    const c = map.getCenter();
    el.dataset.camera = `${c.lng.toFixed(2)},${c.lat.toFixed(2)},${storyZoom().toFixed(1)}`;
    // The names MapLibre placed (after collisions), for tests and curious readers.
    el.dataset.labels = renderedNames(map, lang).join('|');
    el.dataset.details = details.shown().join(' ');
  });

  /** A flight's time: the chapter's (the longest) for a flight across the country, less for a
   * hop across town (flightMs). Measured from where the camera is, mid-flight or not. */
  const flightTime = (target: { center: LonLat; zoom: number }, longestMs: number) => {
    const from = map.project(map.getCenter());
    const to = map.project(target.center);
    const px = Math.hypot(to.x - from.x, to.y - from.y);
    return flightMs(px, Math.max(extras.size.width, extras.size.height), target.zoom - map.getZoom(), longestMs, SHORTEST_FLIGHT_MS);
  };

  const port: MapPort = {
    moveCamera(camera, move, pad) {
      padding = pad;
      const target = { center: camera.center, zoom: sized(camera.zoom, pad), bearing: camera.bearing, pitch: camera.pitch, padding: { ...pad } };
      clearTimeout(fadeTimer);
      el.classList.remove('is-fading');
      el.dataset.lastMove = move.kind;
      // Each call interrupts the previous animation: the latest chapter always wins.
      if (move.kind === 'jump') map.jumpTo(target);
      else if (move.kind === 'fly') map.flyTo({ ...target, duration: flightTime(target, move.durationMs), essential: false });
      else if (move.kind === 'ease') map.easeTo({ ...target, duration: move.durationMs, essential: false });
      else {
        map.stop();
        el.classList.add('is-fading');
        fadeTimer = setTimeout(() => {
          map.jumpTo(target);
          el.classList.remove('is-fading');
        }, move.durationMs / 2);
      }
      // After the move begins: stopping a flight on its way ends it (a moveend, which hides the
      // patches its view did not meet); the new destination's are shown from here.
      details.ensure(camera.center, target.zoom, false);
    },
    sizedZoom: sized,
    setLine(line, coordinates) {
      extras.lines.setLine(line, coordinates);
      // The traveller's wall rides with the travelled line's end, in the same setData and steps.
      if (line === 'travelled') walls.setMover('main', coordinates.at(-1) ?? null);
    },
    setTraveller: (at) => showMarker(traveller, map, at),
    setOther(at, label) {
      other.getElement().setAttribute('title', label);
      showMarker(other, map, at);
      walls.setMover('other', at);
    },
    setPlaces(next) {
      places.update(next);
      setPlaceFeatures(map, next);
    },
    setNamed: (named) => setNamed(map, named),
    setLanguage(next) {
      lang = next;
      setLabelLanguage(map, next);
      planLabels.setLanguage(next);
      scale.setUnit(next === 'en' ? 'imperial' : 'metric');
    },
    setExplore(on) {
      if (on === explore) return;
      explore = on;
      scale.live = on;
      for (const h of HANDLERS) {
        if (on) map[h].enable();
        else map[h].disable();
      }
      if (on) map.addControl(nav, 'top-right');
      else map.removeControl(nav);
      walls.measureControls();
      walls.fit(padding);
    },
    setTime(next, durationMs) {
      el.dataset.time = next;
      extras.timeOfDay.set(next, durationMs);
      walls.setTime(next);
    },
    setScale(next) { scaled.set(next); walls.setScale(next); },
  };
  const painter = createScenePainter(port, options.slice);
  // The first camera enters like every other, as a move (a jump: the map was created there).
  painter.paint({ ...first, move: { kind: 'jump' } });

  return {
    show: (scene) => painter.paint(scene),
    currentCamera() {
      const c = map.getCenter();
      const round = (x: number, d: number) => Math.round(x * 10 ** d) / 10 ** d;
      return {
        center: [round(c.lng, 4), round(c.lat, 4)], zoom: round(storyZoom(), 2),
        bearing: round(map.getBearing(), 1), pitch: round(map.getPitch(), 1), transition: 'fly',
      };
    },
    destroy() {
      clearTimeout(fadeTimer);
      map.remove();
    },
  };
}

const NAMED_LAYERS = ['label-gazetteer', 'label-city', 'label-places', PLAN_NAMES_LAYER];

/** Label texts drawn on screen now: what survived collision detection, without repeats. */
function renderedNames(map: MapLibreMap, lang: Lang): string[] {
  const layers = NAMED_LAYERS.filter((id) => map.getLayer(id));
  const names = map.queryRenderedFeatures({ layers }).map((f) => {
    const p = f.properties as Record<string, unknown>;
    return String(f.layer.id === 'label-places' ? p.label : (p[`name_${lang}`] ?? p.name_en));
  });
  return [...new Set(names.filter((n) => n !== '' && n !== 'undefined'))].sort();
}

function markerElement(className: string): HTMLElement {
  const el = Object.assign(document.createElement('div'), { className });
  el.setAttribute('aria-hidden', 'true');
  return el;
}
