/** What every mode asks of the story map: intent, never map calls. */
import type { Chapter } from '@/content/story-types';
import type { MotionValue } from 'framer-motion';
import type { Camera, LonLat } from '@/content/schema';
import type { Cover } from '@/lib/layout/use-covered-padding';

export interface StoryMapProps {
  /** The view the chapter asks for (framed for the open part of the map). */
  camera: Camera;
  /** Distance travelled along the journey, km: fixed (a still map) or following the scroll; `null` without a route. */
  travelledKm: number | MotionValue<number> | null;
  /** The story places the chapter happens at (marked as current). */
  places: readonly string[];
  /** Places another feature wants lit up (e.g. while a character card is open); the camera frames them. */
  highlighted?: readonly string[];
  /** Places whose phone is ringing (the two ends of a call). */
  ringing?: readonly string[];
  /** The call's arc between its two phones. */
  callArc?: readonly LonLat[] | null;
  /** Where the person of the other storyline is. */
  other?: { at: LonLat; label: string } | null;
  time?: 'day' | 'night';
  /** What the mode lays over the map (a slide card along the left): the camera frames the rest. */
  covers?: readonly Cover[];
  /** A projector: markers and map text drawn larger, for the back of a classroom. */
  projector?: boolean;
  /** The text alternative of the map at a distance travelled, km. */
  describe: (km: number) => string;
  /** Read once by screen readers when the chapter changes. */
  announcement?: string;
  /** Changes when the chapter does: exploring belongs to one chapter. */
  chapterKey?: string | number;
  /** The chapter whose text's real place names (the gazetteer's) are labelled at its camera whatever their zoom. */
  nameSource?: Pick<Chapter, 'body' | 'mapDescription'>;
  onSelectPlace?: (placeId: string) => void;
  /** Whether the reader may leave the story's camera and explore (an embed may forbid it). */
  explorable?: boolean;
  /** A still map (SVG, no WebGL, no controls) of this size in CSS px: the handout's. */
  still?: { width: number; height: number };
}
