/**
 * Everything the story map shows, as one snapshot (the camera to show and how to get there,
 * the distance travelled along the journey, the places, the overlays, the language, whether
 * the reader explores), and the painter that compares each snapshot with the last and touches
 * the map only for what changed. No maplibre here: the painter speaks to a `MapPort`, which
 * the adapter implements with MapLibre and the tests with a fake.
 */
import type { Camera, Lang, LonLat } from '@/content/schema';
import type { MapMove } from '@/lib/geo/camera-move';
import type { Padding } from '@/lib/geo/fit-camera';
import { kmPerPixel } from '@/lib/geo/mercator';
import type { RouteSlice } from '@/lib/geo/route-measure';
import type { PlaceMarkerState } from '../place-states';

export interface MapScene {
  /** The view to show (the chapter's camera, or one framing lit-up places) and how to move there. */
  camera: Camera;
  move: MapMove;
  /** Distance travelled along the journey, km; `null` when the story has no route. */
  travelledKm: number | null;
  places: readonly PlaceMarkerState[];
  callArc: readonly LonLat[] | null;
  other: { at: LonLat; label: string } | null;
  lang: Lang;
  explore: boolean;
  /** Gazetteer ids the chapter's text names: labelled at its camera whatever their zoom. */
  named?: readonly string[];
  /**
   * CSS px of the map covered at each edge (a slide card, the legend, a phone's cards): the
   * camera frames the chapter in the open part that is left.
   */
  padding: Padding;
  /** The time of day the chapter happens at: the palette eases to night and the moon rises. */
  time: 'day' | 'night';
  /** Whether changes happen at once (reduced motion): no palette fade. */
  instant: boolean;
  /** Size of markers and map text (1 on a screen; larger on a projector). */
  scale: number;
}

/** No edge covered. */
export const NO_PADDING: Padding = Object.freeze({ top: 0, right: 0, bottom: 0, left: 0 });

/** What the painter needs from a map: intent-sized operations, each cheap to fake. */
export interface MapPort {
  /** Shows a camera in the open part of the map left by `padding` (CSS px per edge). */
  moveCamera(camera: Camera, move: MapMove, padding: Padding): void;
  /**
   * Map zoom for a story camera's zoom (cameras are framed for the desktop reading map),
   * on the open part of the map left by `padding`.
   */
  sizedZoom(storyZoom: number, padding: Padding): number;
  /** A line of the journey: the part travelled, all of it ahead (drawn under the travelled part), a call's arc. */
  setLine(line: 'travelled' | 'ahead' | 'call', coordinates: readonly LonLat[]): void;
  setTraveller(at: LonLat | null): void;
  setOther(at: LonLat | null, label: string): void;
  setPlaces(places: readonly PlaceMarkerState[]): void;
  setLanguage(lang: Lang): void;
  setNamed(named: readonly string[]): void;
  setExplore(on: boolean): void;
  /** Eases the palette (and the moon) to a time of day over `durationMs` (0: at once). */
  setTime(time: 'day' | 'night', durationMs: number): void;
  setScale(scale: number): void;
}

/**
 * Pixels between two drawings of the route's lines. The traveller's marker (1.1 rem, about
 * 18 px across: 8.8 px from its centre to its edge) is drawn over the lines' end, which is
 * never more than half a step (5 px) from its centre: the dark line's round end reaches at
 * most 7.25 px out (its width is 4.5 px), under the disc; the wider casing is the colour of
 * the disc's rim. The steps do not show, and a journey chapter redraws its lines 10 times less
 * often. Each drawing costs the map two frames (one when the change is sent, one when its
 * tiles come back): with 6 px steps they were about 70 of a read's 300 frames.
 */
export const LINE_STEP_PX = 10;

/** How long the palette takes to turn to night or back, ms. */
export const TIME_FADE_MS = 900;

const samePadding = (a: Padding, b: Padding) =>
  a.top === b.top && a.right === b.right && a.bottom === b.bottom && a.left === b.left;

const sameCamera = (a: Camera, b: Camera) =>
  a.center[0] === b.center[0] && a.center[1] === b.center[1] && a.zoom === b.zoom && a.bearing === b.bearing && a.pitch === b.pitch;

const sameLine = (a: readonly LonLat[] | null, b: readonly LonLat[] | null) =>
  a === b || (a !== null && b !== null && a.length === b.length && a.every((p, i) => p[0] === b[i]?.[0] && p[1] === b[i]?.[1]));

const placesKey = (places: readonly PlaceMarkerState[]) =>
  places.map((p) => `${p.id}|${p.label}|${p.accessibleName}|${p.active}|${p.highlighted}|${p.ringing ?? false}`).join('\n');

/**
 * A painter for one map. `slice(km)` cuts the journey at a distance (null without a route).
 * The traveller moves with every pixel of the journey at the camera's zoom; the route's lines
 * follow in steps of `LINE_STEP_PX` (each new line is a worker round-trip, a re-tiling of the
 * tiles around the traveller and a redrawn frame). Scrolling within a pixel, or through a
 * chapter where the journey does not move, costs nothing.
 */
export function createScenePainter(port: MapPort, slice: (km: number) => RouteSlice | null) {
  let last: MapScene | null = null;
  let lastPlaces = '';
  let drawnPx: number | null = null;
  let drawnStep: number | null = null;
  let lastTraveller: LonLat | null = null;

  function paintRoute(scene: MapScene): void {
    if (scene.travelledKm === null) return;
    const kmPx = kmPerPixel(port.sizedZoom(scene.camera.zoom, scene.padding), scene.camera.center[1]);
    const px = Math.round(scene.travelledKm / kmPx);
    if (px === drawnPx) return;
    drawnPx = px;
    const cut = slice(scene.travelledKm);
    if (!cut) return;
    // The journey ahead: all of it, once, under the travelled line (which covers it). Cut at
    // the traveller, it would change with every step, and every tile it crosses with it.
    if (drawnStep === null) port.setLine('ahead', slice(0)?.ahead ?? []);
    const step = Math.round(px / LINE_STEP_PX);
    if (step !== drawnStep) {
      drawnStep = step;
      // The lines end at the step nearest the traveller (at the traveller when that is within a pixel).
      const stepKm = step * LINE_STEP_PX * kmPx;
      const lines = Math.abs(stepKm - scene.travelledKm) < kmPx ? cut : slice(stepKm) ?? cut;
      port.setLine('travelled', lines.travelled);
    }
    if (cut.position !== lastTraveller) port.setTraveller(cut.position);
    lastTraveller = cut.position;
  }

  return {
    paint(scene: MapScene): void {
      const prev = last;
      last = scene;
      if (!prev || prev.explore !== scene.explore) port.setExplore(scene.explore);
      // Leaving explore returns the map to the story's view, wherever the reader left it.
      const backFromExplore = prev?.explore === true && !scene.explore;
      if (!prev || backFromExplore || !sameCamera(prev.camera, scene.camera)) port.moveCamera(scene.camera, scene.move, scene.padding);
      // Something newly covers the map (or uncovers it): the same view eases into the open part.
      else if (!samePadding(prev.padding, scene.padding) && !scene.explore) {
        port.moveCamera(scene.camera, scene.instant ? { kind: 'jump' } : { kind: 'ease', durationMs: 300 }, scene.padding);
      }
      paintRoute(scene);
      const key = placesKey(scene.places);
      if (key !== lastPlaces) port.setPlaces(scene.places);
      lastPlaces = key;
      if (!prev || !sameLine(prev.callArc, scene.callArc)) port.setLine('call', scene.callArc ?? []);
      if (!prev || prev.other?.at !== scene.other?.at || prev.other?.label !== scene.other?.label) {
        port.setOther(scene.other?.at ?? null, scene.other?.label ?? '');
      }
      if (!prev || prev.lang !== scene.lang) port.setLanguage(scene.lang);
      const named = (scene.named ?? []).join(' ');
      if (!prev || (prev.named ?? []).join(' ') !== named) port.setNamed(scene.named ?? []);
      // The first scene is drawn at its time of day at once; later ones fade unless told not to.
      if (!prev || prev.time !== scene.time) port.setTime(scene.time, !prev || scene.instant ? 0 : TIME_FADE_MS);
      if (!prev || prev.scale !== scene.scale) port.setScale(scene.scale);
    },
  };
}
