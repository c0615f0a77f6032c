/**
 * Walls for the map's names: invisible boxes MapLibre's collision detection keeps every label
 * off, so a name is never cut by the map's edge, never written under what covers the map (a
 * slide card, the legend and buttons, a phone's compact control), under the moon, the scale
 * bar, the attribution or the traveller. MapLibre itself lets a label run off the canvas and
 * knows nothing of HTML laid over it; with walls it tries the label's other anchors, and
 * leaves it out if none fits whole in the open part of the map.
 *
 * Pure part first (rectangles in CSS px of the map, tiled into boxes); the MapLibre part sets
 * them as a GeoJSON source of points whose transparent icons are the boxes.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Feature, FeatureCollection } from 'geojson';
import type { Padding } from '@/lib/geo/fit-camera';
import { moonBox } from '../moon-box';
import { fitLabelsToView } from './label-layers';
import { addMoverLayer, INVISIBLE, type MoverWall } from './overlay-layers';
import { sendChanged } from './send-changed';
import { addStorySources, kindIs, setStoryPart, STORY_SOURCE } from './story-source';
import { LINE_STEP_PX } from './scene';

export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** How far a wall reaches past the canvas's edge (a label crossing the edge always meets it), px. */
export const WALL_OUTSIDE = 24;
/** How far into the open part a wall reaches: room between a name and an edge or a cover, px. */
export const WALL_INSIDE = 3;

/**
 * The walls for a map of `size` whose edges `padding` covers, and the things laid on its open
 * part (`obstacles`): a wall along each edge (as deep as that edge's cover, plus a little),
 * and each obstacle grown by WALL_INSIDE.
 */
export function wallRects(size: { width: number; height: number }, padding: Padding, obstacles: readonly Rect[] = []): Rect[] {
  const { width: w, height: h } = size;
  if (w <= 0 || h <= 0) return [];
  const o = WALL_OUTSIDE, i = WALL_INSIDE;
  const edges: Rect[] = [
    { left: -o, top: -o, right: w + o, bottom: padding.top + i },
    { left: -o, top: h - padding.bottom - i, right: w + o, bottom: h + o },
    { left: -o, top: -o, right: padding.left + i, bottom: h + o },
    { left: w - padding.right - i, top: -o, right: w + o, bottom: h + o },
  ];
  const grown = obstacles
    .filter((r) => r.right > r.left && r.bottom > r.top)
    .map((r) => ({ left: r.left - i, top: r.top - i, right: r.right + i, bottom: r.bottom + i }));
  return [...edges, ...grown];
}

/** The wall images: a square, and bars 8:1 across and along (one box each, scaled by `k`). */
export const WALL_IMAGES = { 'label-wall': [32, 32], 'label-wall-h': [128, 16], 'label-wall-v': [16, 128] } as const;
export type WallImage = keyof typeof WALL_IMAGES;

export interface WallBox {
  /** Centre, CSS px of the map. */
  x: number;
  y: number;
  image: WallImage;
  /** The image's scale: its box is the image's size times `k`. */
  k: number;
}

/**
 * A rectangle as a few boxes that cover it whole (they may overlap): bars 8:1 for a long thin
 * rectangle (an edge), squares as wide as its short side otherwise.
 */
export function tileRect(r: Rect): WallBox[] {
  const w = r.right - r.left, h = r.bottom - r.top;
  if (w <= 0 || h <= 0) return [];
  const across = w >= h;
  const short = Math.min(w, h), long = Math.max(w, h);
  const bar = long >= 8 * short;
  const image: WallImage = bar ? (across ? 'label-wall-h' : 'label-wall-v') : 'label-wall';
  const [iw, ih] = WALL_IMAGES[image];
  const k = short / Math.min(iw, ih);
  const step = bar ? 8 * short : short;
  const n = Math.ceil(long / step - 1e-9);
  const boxes: WallBox[] = [];
  for (let j = 0; j < n; j++) {
    // Evenly from one end to the other: the first and last boxes flush with the ends.
    const along = n === 1 ? long / 2 : step / 2 + (j * (long - step)) / (n - 1);
    boxes.push(across
      ? { x: r.left + along, y: r.top + h / 2, image, k }
      : { x: r.left + w / 2, y: r.top + along, image, k });
  }
  return boxes;
}

/** Whether two boxes overlap (touching edges do not). */
export const overlaps = (a: Rect, b: Rect): boolean => a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top;

/** The shift (px) that brings a box of `size` centred at `at` inside `open`; centred in it when it cannot fit. */
export function clampOffset(at: { x: number; y: number }, size: { width: number; height: number }, open: { left: number; top: number; right: number; bottom: number }): [number, number] {
  const axis = (c: number, half: number, lo: number, hi: number) => {
    if (hi - lo < 2 * half) return (lo + hi) / 2 - c;
    return Math.min(hi - half, Math.max(lo + half, c)) - c;
  };
  return [Math.round(axis(at.x, size.width / 2, open.left, open.right)), Math.round(axis(at.y, size.height / 2, open.top, open.bottom))];
}

export const WALLS_LAYER = 'label-walls';

/** The walls as points on the map (unprojected from the view the map shows now). */
function wallFeatures(map: MapLibreMap, rects: readonly Rect[]): FeatureCollection {
  const features = rects.flatMap(tileRect).map(({ x, y, image, k }): Feature => {
    const ll = map.unproject([x, y]);
    return { type: 'Feature', properties: { part: 'wall', image, k: Math.round(k * 1000) / 1000 }, geometry: { type: 'Point', coordinates: [ll.lng, ll.lat] } };
  });
  return { type: 'FeatureCollection', features };
}

/** Adds the walls' images, sources and layers once per style (idempotent); above every label, so placed first. */
export function addWallLayers(map: MapLibreMap): void {
  // The travellers' walls ride in the journey's own source: they move when it does.
  addMoverLayer(map, MOVERS_LAYER, 'label-wall');
  for (const [id, [w, h]] of Object.entries(WALL_IMAGES)) {
    if (!map.hasImage(id)) map.addImage(id, { width: w, height: h, data: new Uint8Array(w * h * 4) }, { pixelRatio: 1 });
  }
  addStorySources(map);
  if (map.getLayer(WALLS_LAYER)) return;
  map.addLayer({
    id: WALLS_LAYER, type: 'symbol', source: STORY_SOURCE, filter: kindIs('wall'),
    layout: {
      'icon-image': ['get', 'image'], 'icon-size': ['get', 'k'], 'icon-allow-overlap': true, 'icon-padding': 0,
      'icon-rotation-alignment': 'viewport', 'icon-pitch-alignment': 'viewport',
    },
    paint: INVISIBLE,
  });
}

/** Sets the walls for the view the map shows now (call when the camera has arrived); the same walls are not sent again. */
export function setWalls(map: MapLibreMap, rects: readonly Rect[]): void {
  const data = wallFeatures(map, rects);
  sendChanged(map, 'walls', data, () => setStoryPart(map, 'walls', data.features));
}

const MOVERS_LAYER = 'label-movers';

/** The walls around markers that move along the journey: a square `px` wide at each point. */
export function moverWalls(movers: readonly { at: readonly [number, number]; px: number }[]): MoverWall[] {
  const [size] = WALL_IMAGES['label-wall'];
  return movers.map(({ at, px }) => ({ at, k: Math.round((px / size) * 1000) / 1000 }));
}

/**
 * The walls of one map, kept current: the open part's edges and the moon (at each arrival of
 * the camera, a new time of day or scale), MapLibre's own controls (measured when they change,
 * not at every move) and the travellers' markers (handed to `setMoverWalls`, which sends them
 * with the journey's own lines: with the route, in the same re-tiling).
 */
export function createLabelWalls(
  map: MapLibreMap, size: Readonly<{ width: number; height: number }>, first: { time: 'day' | 'night'; scale: number },
  setMoverWalls: (walls: readonly MoverWall[]) => void,
) {
  const el = map.getContainer();
  let time = first.time;
  let k = first.scale;
  let padding: Padding = { top: 0, right: 0, bottom: 0, left: 0 };
  let controls: Rect[] = [];
  /** Boxes of HTML text on the map's open part (a drawn plan's names and caption), as last fitted. */
  let texts: readonly Rect[] = [];
  const movers: { main: readonly [number, number] | null; other: readonly [number, number] | null } = { main: null, other: null };
  let arriving = false;
  const sendMovers = () => {
    const px = 20 * k; // the marker's 1.1 rem disc and a little
    // The main traveller's wall sits at the travelled line's end, up to half a step from the marker.
    setMoverWalls(moverWalls([
      ...(movers.main ? [{ at: movers.main, px: px + LINE_STEP_PX }] : []),
      ...(movers.other ? [{ at: movers.other, px }] : []),
    ]));
  };
  /** Fits again for the view as it is, unless the camera is on its way: its arrival fits them. */
  const refit = () => {
    if (!map.isMoving()) walls.fit(padding);
  };
  const walls = {
    /**
     * The camera has arrived: once the whole scene is painted (a jump ends inside the paint,
     * before its places are set), HTML text is fitted in the open part (`html`, returning its
     * boxes), then the names and walls.
     */
    arrived(pad: () => Padding, html: (open: Rect) => readonly Rect[]) {
      if (arriving) return;
      arriving = true;
      queueMicrotask(() => {
        arriving = false;
        // A move cut short by the next one (a quick reader's chapters) ends with a moveend
        // too: fit only a view the camera rests at; the move under way ends with its own.
        if (map.isMoving()) return;
        walls.fit(pad(), html(walls.open(pad())));
      });
    },
    /** Names and walls for the view as it is now, whose edges `pad` covers. */
    fit(pad: Padding, html: readonly Rect[] = texts) {
      padding = pad;
      texts = html;
      fitLabelsToView(map, size, padding);
      const obstacles = [...controls, ...texts, ...(time === 'night' ? [moonBox(size.width, padding, k)] : [])];
      setWalls(map, wallRects(size, padding, obstacles));
    },
    measureControls() {
      const box = el.getBoundingClientRect();
      controls = [...el.querySelectorAll<HTMLElement>('.maplibregl-ctrl')].map((c) => {
        const r = c.getBoundingClientRect();
        // The scale bar grows and shrinks with every move: keep off its widest.
        const right = c.classList.contains('maplibregl-ctrl-scale') ? Math.max(r.right, r.left + 124) : r.right;
        return { left: r.left - box.left, top: r.top - box.top, right: right - box.left, bottom: r.bottom - box.top };
      });
    },
    /** The open part of the map: inside the covers, above MapLibre's controls along its foot. */
    open(pad: Padding): Rect {
      const foot = controls.filter((c) => c.bottom >= size.height - 12).reduce((top, c) => Math.min(top, c.top), size.height);
      return { left: pad.left + 4, top: pad.top + 4, right: size.width - pad.right - 4, bottom: Math.min(size.height - pad.bottom, foot) - 4 };
    },
    setTime(next: 'day' | 'night') {
      if (next === time) return;
      time = next;
      refit();
    },
    setScale(next: number) {
      if (next === k) return;
      k = next;
      refit();
      sendMovers();
    },
    setMover(which: 'main' | 'other', at: readonly [number, number] | null) {
      movers[which] = at;
      sendMovers();
    },
  };
  map.on('resize', () => walls.measureControls());
  walls.measureControls();
  return walls;
}
