/**
 * What each chapter's small printed map shows: the chapter's own camera, zoomed out to suit a
 * smaller map, and the journey travelled by the end of the chapter.
 */
import type { Camera, LonLat } from '@/content/schema';
import type { Chapter } from '@/content/story-types';
import { zoomForSize } from '@/lib/geo/camera-move';
import { chapterSpan, sliceRoute, type MeasuredRoute } from '@/lib/geo/route-measure';

/**
 * The printed map's own size, SVG user units: about the size it prints at (8 cm ≈ 300 CSS px),
 * so that its labels print at about 6 pt rather than being scaled down to nothing.
 */
export const HANDOUT_MAP = { width: 300, height: 190 } as const;
/**
 * The closest a printed map zooms (≈ 500 km across): on paper a street-level view is an empty
 * page with a dot, while a regional one says where the place is.
 */
export const MAX_HANDOUT_ZOOM = 6;

/**
 * The zoom that fits the ground a camera shows on the reading map into a `size` map (see
 * `zoomForSize`), kept between 1 and `MAX_HANDOUT_ZOOM`.
 */
export function handoutZoom(camera: Pick<Camera, 'zoom'>, size: { width: number; height: number }, maxZoom = MAX_HANDOUT_ZOOM): number {
  return Math.min(maxZoom, Math.max(1, zoomForSize(camera.zoom, size.width, size.height)));
}

/** How much closer a printed close-up comes than the reading map's framing, zoom levels. */
export const CLOSE_UP_EXTRA_ZOOM = 0.6;

export interface HandoutMapView {
  center: LonLat;
  zoom: number;
  /** The journey so far at the end of the chapter; `undefined` when the story has no route. */
  travelled: LonLat[] | undefined;
  /** The same, as a distance along the journey, km; `null` when the story has no route. */
  travelledKm: number | null;
}

/** What the handout asks of the story map for one chapter (the app draws it with StoryMap). */
export interface HandoutMapIntent {
  camera: Camera;
  travelledKm: number | null;
  places: readonly string[];
  time: 'day' | 'night';
  label: string;
  width: number;
  height: number;
}

/**
 * The chapter's printed view. `closeUp`: the chapter's place has a drawn plan, which the
 * printed map shows at the chapter's own scale instead of a regional one.
 */
export function handoutMapView(chapters: readonly Chapter[], index: number, route: MeasuredRoute | null, closeUp = false): HandoutMapView | null {
  const chapter = chapters[index];
  if (!chapter) return null;
  const travelledKm = route ? chapterSpan(chapters, index, route).toKm : null;
  const travelled = route && travelledKm !== null ? sliceRoute(route, travelledKm).travelled : undefined;
  // A close-up comes a little closer than the reading map's framing: on 8 cm of paper the
  // plan's labels need the room.
  const zoom = closeUp ? handoutZoom(chapter.camera, HANDOUT_MAP, chapter.camera.zoom) + CLOSE_UP_EXTRA_ZOOM : handoutZoom(chapter.camera, HANDOUT_MAP);
  return { center: chapter.camera.center, zoom, travelled, travelledKm };
}
