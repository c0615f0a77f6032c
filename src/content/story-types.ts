/** The validated story as the app sees it: typed, indexed, and frozen by `src/content/story.ts`. */
import type { MdNode } from './markdown.ts';
import type {
  Bilingual, Call, Camera, Character, Comprehension, Day, GazetteerEntry, GlossEntry, LonLat, Place, StorySettings, Thread,
} from './schema.ts';
import type { Plan } from './plan-schema.ts';

export interface Chapter {
  id: string;
  index: number;
  file: string;
  title: Bilingual;
  thread: Thread;
  day: Day | null;
  /** The day is inferred, not stated by the sources. */
  dayApproximate: boolean;
  /** The scene in one or two sentences, for a slide. */
  slide?: Bilingual;
  time: 'day' | 'night';
  places: string[];
  characters: string[];
  camera: Camera;
  route?: { from: string; to: string };
  mapDescription?: Bilingual;
  body: { es: MdNode[]; en: MdNode[] };
}

/** What a teacher needs for a chapter: presenter notes and discussion questions. Loaded
 * only by the presenter window and the handout, never before a reader's first chapter. */
export interface Teaching {
  notes?: Bilingual;
  questions: Bilingual[];
}

/** What a language class needs for a chapter: its glossary and comprehension questions with
 * answers. Loaded when first used, never before a reader's first chapter. */
export interface ChapterLanguage {
  glossary: GlossEntry[];
  comprehension: Comprehension[];
}

export interface Route {
  /** The whole line, in journey order, `[lon, lat]` degrees. */
  coordinates: LonLat[];
  /** Where each named place sits on the line (index into `coordinates`), in journey order. */
  stops: { place: string; index: number }[];
  /** The stop from which distances are known (see route.yaml `measuredFrom`). */
  measuredFrom?: string;
}

export interface Story {
  settings: Omit<StorySettings, 'classroom'>;
  chapters: Chapter[];
  places: Place[];
  characters: Character[];
  calls: Call[];
  /** Real names the texts use, for the map's labels (gazetteer.yaml; empty without one). */
  gazetteer: GazetteerEntry[];
  /** Drawn plans of invented places (story/plans/), each tied to a place's pin. */
  plans: Plan[];
  route: Route;
  /** Per chapter id. */
  teaching: Record<string, Teaching>;
  /** Notes for teachers on the whole story (story.yaml `classroom`). */
  classroom: Bilingual[];
  /** Per chapter id: glossary and comprehension questions. */
  language: Record<string, ChapterLanguage>;
}

/** The story as the reading app receives it: everything but the teaching material and the map's own data. */
export type ReaderStory = Omit<Story, 'teaching' | 'classroom' | 'language' | 'gazetteer' | 'plans' | 'places' | 'characters'> & {
  /** Without who they are and who plays them (virtual:story-cast, for the cast panel and the handout). */
  characters: ReaderCharacter[];
  /** Without the editor's research (description, note): no screen shows it. */
  places: ReaderPlace[];
};
export type ReaderPlace = Omit<Place, 'description' | 'note'>;
export type CastDetails = Pick<Character, 'role' | 'relationship' | 'actorNote'>;
export type ReaderCharacter = Omit<Character, keyof CastDetails>;
/** The map's own data (virtual:story-geo), loaded with the map's code. */
export type StoryGeo = Pick<Story, 'gazetteer' | 'plans'>;
