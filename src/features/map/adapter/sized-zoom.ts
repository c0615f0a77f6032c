/**
 * The map zoom for a story camera's zoom on a map of some size. Cameras are written for the
 * desk's reading map (FRAMED_FOR): a smaller map zooms out to show the same area; a larger
 * one zooms in at most WIDE_ZOOM_GAIN, so that a projector or a wide screen shows more of the
 * surroundings (towns, coast, border) around the same places rather than the desk's area
 * blown up into an empty plane. Pure.
 */
import { zoomForSize } from '@/lib/geo/camera-move';

/** The most a map larger than the desk's zooms in past a chapter's camera (zoom levels). */
export const WIDE_ZOOM_GAIN = 0.2;

export const sizedZoom = (zoom: number, width: number, height: number): number =>
  Math.min(zoom + WIDE_ZOOM_GAIN, zoomForSize(zoom, width, height));
