/** The camera that frames places another feature lights up (an open character card), or `null`. */
import type { Camera, LonLat } from '@/content/schema';
import { placeById } from '@/content/story';
import { fitCamera } from '@/lib/geo/fit-camera';

export function framePlaces(placeIds: readonly string[], width: number, height: number): Camera | null {
  const points = placeIds.map((id) => placeById(id)?.coordinates).filter((c): c is LonLat => c !== undefined);
  // Room for the labels (they run to the right of a marker) and the controls at the bottom.
  const padding = { top: 48, left: 48, right: Math.min(200, width * 0.3), bottom: Math.min(120, height * 0.25) };
  return fitCamera(points, { width, height, padding });
}
