/** What features add to the map for the current chapter (call arcs, the other person …). */
import type { MotionValue } from 'framer-motion';
import type { Lang } from '@/content/schema';
import type { MapViewProps } from '@/features/map/MapView';

export type MapOverlays = Pick<MapViewProps, 'highlighted' | 'extraDescription' | 'callArc' | 'other'>;

export function useMapOverlays(_index: number, _progress: MotionValue<number>, _lang: Lang): MapOverlays {
  return {};
}
