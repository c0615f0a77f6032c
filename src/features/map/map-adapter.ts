/**
 * The only module that imports maplibre-gl. It speaks in story intents — show this camera,
 * draw the route to here, mark these places, let the reader explore — and diffs each call
 * against what the map already shows. Loaded lazily, so the text never waits for it.
 */
import 'maplibre-gl/dist/maplibre-gl.css';
import {
  AttributionControl, Map as MapLibreMap, Marker, NavigationControl, ScaleControl, setWorkerUrl,
  type GeoJSONSource, type StyleSpecification,
} from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import type { Camera, Lang, LonLat } from '@/content/schema';
import { zoomForSize, type MapMove } from '@/lib/geo/motion';
import { basemapStyle, type BasemapLabel } from './basemap-style';
import { addOverlayLayers, emptyLine, lineFeature, OVERLAY } from './overlay-layers';
import { LabelMarkers, PlaceMarkers, type PlaceMarkerState } from './markers';

// Without this the built app's worker cannot be found and the map never loads.
setWorkerUrl(workerUrl);

export interface MapOptions {
  container: HTMLElement;
  basemapUrl: string;
  remoteStyle?: string;
  camera: Camera;
  lang: Lang;
  labels: BasemapLabel[];
  onPlaceClick: (placeId: string) => void;
  /** The map failed after it was created (style, WebGL context lost). */
  onFailure: (reason: string) => void;
  /** The remote style failed and the embedded basemap took over. */
  onFallback: () => void;
}

export interface RouteState {
  travelled: LonLat[];
  ahead: LonLat[];
  position: LonLat | null;
}

export interface MapAdapter {
  showCamera(camera: Camera, move: MapMove): void;
  setRoute(route: RouteState): void;
  setPlaces(places: PlaceMarkerState[]): void;
  setCallArc(arc: LonLat[] | null): void;
  setOtherPerson(at: LonLat | null, label: string): void;
  setLanguage(lang: Lang): void;
  setExplore(explore: boolean): void;
  currentCamera(): Camera;
  destroy(): void;
}

export function webglAvailable(): boolean {
  try {
    const canvas = document.createElement('canvas');
    return Boolean(canvas.getContext('webgl2') ?? canvas.getContext('webgl'));
  } catch {
    return false;
  }
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

/** Creates the map and resolves once its first style has loaded; rejects if it cannot. */
export async function createMap(options: MapOptions): Promise<MapAdapter> {
  if (!webglAvailable()) throw new Error('WebGL is not available');
  const embedded = basemapStyle(options.basemapUrl);
  const { center, bearing, pitch } = options.camera;
  // Cameras are written for the desktop reading map; a phone's map or a projector's shows
  // the same area (see zoomForSize).
  const sized = (zoom: number) => zoomForSize(zoom, options.container.clientWidth, options.container.clientHeight);
  /** The map's zoom in the story's units (as written in chapter cameras). */
  const storyZoom = () => map.getZoom() - (sized(10) - 10);
  const zoom = sized(options.camera.zoom);
  const map = new MapLibreMap({
    container: options.container,
    style: options.remoteStyle ?? embedded,
    center, zoom, bearing, pitch,
    attributionControl: false,
    interactive: true,
    fadeDuration: 0,
  });
  for (const h of HANDLERS) map[h].disable(); // reading: the page keeps the scroll wheel and touch
  map.addControl(new AttributionControl({ compact: false }), 'bottom-right');
  const scale = new ScaleControl({ unit: options.lang === 'en' ? 'imperial' : 'metric', maxWidth: 120 });
  map.addControl(scale, 'bottom-left');
  const nav = new NavigationControl({ showCompass: true });
  map.on('style.load', () => addOverlayLayers(map));
  map.on('webglcontextlost', () => options.onFailure('WebGL context lost'));
  await waitForLoad(map, options, embedded);
  addOverlayLayers(map);

  const places = new PlaceMarkers(map, options.onPlaceClick);
  const labels = new LabelMarkers(map, options.labels, options.lang);
  const traveller = new Marker({ element: markerElement('traveller traveller-carlitos'), anchor: 'center' });
  const other = new Marker({ element: markerElement('traveller traveller-other'), anchor: 'center' });
  let lastRoute: RouteState | null = null;
  let explore = false;
  let fadeTimer: ReturnType<typeof setTimeout> | undefined;

  const source = (id: string) => map.getSource(id) as GeoJSONSource | undefined;
  // State a test (or a curious reader's devtools) can read off the page: the view once the
  // camera has settled, and the kind of the last move.
  const el = options.container;
  map.on('movestart', () => el.setAttribute('data-moving', ''));
  map.on('idle', () => {
    el.removeAttribute('data-moving');
    const c = map.getCenter();
    el.dataset.camera = `${c.lng.toFixed(2)},${c.lat.toFixed(2)},${storyZoom().toFixed(1)}`;
  });

  return {
    showCamera(camera, move) {
      const target = { center: camera.center, zoom: sized(camera.zoom), bearing: camera.bearing, pitch: camera.pitch };
      clearTimeout(fadeTimer);
      options.container.classList.remove('is-fading');
      el.dataset.lastMove = move.kind;
      // Each call interrupts the previous animation: the latest chapter always wins.
      if (move.kind === 'jump') map.jumpTo(target);
      else if (move.kind === 'fly') map.flyTo({ ...target, duration: move.durationMs, essential: false });
      else if (move.kind === 'ease') map.easeTo({ ...target, duration: move.durationMs, essential: false });
      else {
        map.stop();
        options.container.classList.add('is-fading');
        fadeTimer = setTimeout(() => {
          map.jumpTo(target);
          options.container.classList.remove('is-fading');
        }, move.durationMs / 2);
      }
    },
    setRoute(route) {
      if (lastRoute && lastRoute.travelled === route.travelled && lastRoute.position === route.position) return;
      lastRoute = route;
      source(OVERLAY.travelled)?.setData(route.travelled.length > 1 ? lineFeature(route.travelled) : emptyLine());
      source(OVERLAY.ahead)?.setData(route.ahead.length > 1 ? lineFeature(route.ahead) : emptyLine());
      if (route.position) traveller.setLngLat(route.position).addTo(map);
      else traveller.remove();
    },
    setPlaces: (next) => places.update(next),
    setCallArc(arc) {
      source(OVERLAY.call)?.setData(arc ? lineFeature(arc) : emptyLine());
    },
    setOtherPerson(at, label) {
      other.getElement().setAttribute('title', label);
      if (at) other.setLngLat(at).addTo(map);
      else other.remove();
    },
    setLanguage(lang) {
      labels.setLanguage(lang);
      scale.setUnit(lang === 'en' ? 'imperial' : 'metric');
    },
    setExplore(on) {
      if (on === explore) return;
      explore = on;
      for (const h of HANDLERS) {
        if (on) map[h].enable();
        else map[h].disable();
      }
      if (on) map.addControl(nav, 'top-right');
      else map.removeControl(nav);
    },
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

function markerElement(className: string): HTMLElement {
  const el = document.createElement('div');
  el.className = className;
  el.setAttribute('aria-hidden', 'true');
  return el;
}
