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
export function handoutZoom(camera: Pick<Camera, 'zoom'>, size: { width: number; height: number }): number {
  return Math.min(MAX_HANDOUT_ZOOM, Math.max(1, zoomForSize(camera.zoom, size.width, size.height)));
}

export interface HandoutMapView {
  center: LonLat;
  zoom: number;
  /** The journey so far at the end of the chapter; `undefined` when the story has no route. */
  travelled: LonLat[] | undefined;
}

export function handoutMapView(chapters: readonly Chapter[], index: number, route: MeasuredRoute | null): HandoutMapView | null {
  const chapter = chapters[index];
  if (!chapter) return null;
  const travelled = route ? sliceRoute(route, chapterSpan(chapters, index, route).toKm).travelled : undefined;
  return { center: chapter.camera.center, zoom: handoutZoom(chapter.camera, HANDOUT_MAP), travelled };
}
