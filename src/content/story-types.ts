/** The validated story as the app sees it: typed, indexed, and frozen by `src/content/story.ts`. */
import type { MdNode } from './markdown.ts';
import type {
  Bilingual, Call, Camera, Character, Day, LonLat, Place, StorySettings, Thread,
} from './schema.ts';

export interface Chapter {
  id: string;
  index: number;
  file: string;
  title: Bilingual;
  thread: Thread;
  day: Day | null;
  places: string[];
  characters: string[];
  camera: Camera;
  route?: { from: string; to: string };
  notes?: Bilingual;
  questions: Bilingual[];
  mapDescription?: Bilingual;
  body: { es: MdNode[]; en: MdNode[] };
}

export interface Route {
  /** The whole line, in journey order, `[lon, lat]` degrees. */
  coordinates: LonLat[];
  /** Where each named place sits on the line (index into `coordinates`), in journey order. */
  stops: { place: string; index: number }[];
}

export interface Story {
  settings: StorySettings;
  chapters: Chapter[];
  places: Place[];
  characters: Character[];
  calls: Call[];
  route: Route;
}
