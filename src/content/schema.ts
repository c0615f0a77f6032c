/**
 * The story's data shapes, as zod schemas. This file knows the *format* of `story/`,
 * never its content: another story can be told by replacing the folder.
 */
import { z } from 'zod';
import { DAYS, GLYPHS, TRANSITIONS } from './constants.ts';

export { DAYS, GLYPHS, LANGS, TRANSITIONS } from './constants.ts';
export type { Day, Glyph, Lang, Thread, Transition } from './constants.ts';


const nonEmpty = z
  .string({ error: (iss) => (iss.input === undefined ? 'missing translation: expected a text' : 'expected a text') })
  .trim()
  .min(1, 'expected a non-empty text');

/** Every reader-facing text exists in both languages, side by side. */
export const bilingual = z.strictObject(
  { es: nonEmpty, en: nonEmpty },
  { error: 'expected a text in both languages: { es: "…", en: "…" }' },
);
export type Bilingual = z.infer<typeof bilingual>;

export const slug = z
  .string({ error: 'expected an id (lower-case letters, digits and dashes)' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected an id of lower-case letters, digits and dashes');

/** `[longitude, latitude]` in WGS84 degrees. */
export const lonLat = z.tuple([
  z.number().min(-180, 'longitude must be ≥ -180').max(180, 'longitude must be ≤ 180'),
  z.number().min(-90, 'latitude must be ≥ -90').max(90, 'latitude must be ≤ 90'),
], { error: 'expected [longitude, latitude] in degrees' });
export type LonLat = z.infer<typeof lonLat>;

export const day = z.enum(DAYS, { error: `expected one of ${DAYS.join(', ')}` });



export const camera = z.strictObject({
  center: lonLat,
  zoom: z.number().min(0, 'zoom must be ≥ 0').max(22, 'zoom must be ≤ 22'),
  bearing: z.number().min(-360).max(360).default(0),
  pitch: z.number().min(0, 'pitch must be ≥ 0').max(85, 'pitch must be ≤ 85').default(0),
  transition: z.enum(TRANSITIONS, { error: `expected one of ${TRANSITIONS.join(', ')}` }).default('fly'),
});
export type Camera = z.infer<typeof camera>;

export const placeSchema = z.strictObject({
  id: slug,
  name: bilingual,
  description: bilingual,
  coordinates: lonLat,
  approximate: z.boolean({ error: 'expected true or false: does the film leave this place unnamed?' }),
  note: bilingual.optional(),
});
export type Place = z.infer<typeof placeSchema>;

export const GAZETTEER_KINDS = ['city', 'town', 'neighbourhood', 'region', 'road', 'river'] as const;

/**
 * A real name the story's texts use (a town, a road, a river, a neighbourhood): drawn as a
 * map label, and as a line for roads and rivers. `rank` 1 is a big city, 4 a village or street;
 * the map shows a name from `minZoom` on, and always at the chapters whose text names it.
 */
export const gazetteerEntrySchema = z.strictObject({
  id: slug,
  name: bilingual,
  kind: z.enum(GAZETTEER_KINDS, { error: `expected one of ${GAZETTEER_KINDS.join(', ')}` }),
  rank: z.number().int('expected a whole number').min(1, 'rank must be 1 (biggest) to 4').max(4, 'rank must be 1 (biggest) to 4'),
  /** Where the label sits. */
  coordinates: lonLat,
  /** Roads and rivers: the line, west or upstream first. */
  line: z.array(lonLat).min(2, 'a line needs at least two points').optional(),
  minZoom: z.number().min(0).max(22),
  /** Other spellings the texts use ("I-10", "río Bravo"), per language. */
  aliases: z.strictObject({ es: z.array(z.string().min(2)).default([]), en: z.array(z.string().min(2)).default([]) }).optional(),
  approximate: z.boolean().default(false),
});
export type GazetteerEntry = z.infer<typeof gazetteerEntrySchema>;

export const characterSchema = z.strictObject({
  id: slug,
  name: bilingual,
  role: bilingual,
  relationship: bilingual,
  /** A storyline declared in story.yaml (checked across files). */
  thread: slug,
  actor: z.string().trim().min(1).nullable(),
  actorNote: bilingual.optional(),
  places: z.array(slug).default([]),
  initials: z.string().trim().min(1).max(3).optional(),
});
export type Character = z.infer<typeof characterSchema>;

export const callSchema = z.strictObject({
  id: slug,
  chapter: slug,
  day,
  time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected a 24-hour time like "10:00"'),
  from: z.strictObject({ place: slug, who: z.array(slug).min(1) }),
  to: z.strictObject({ place: slug, who: z.array(slug).min(1) }),
  status: z.enum(['connected', 'not-connected', 'met-in-person'], {
    error: 'expected connected, not-connected or met-in-person',
  }),
  summary: bilingual,
});
export type Call = z.infer<typeof callSchema>;

export const routeSchema = z.strictObject({
  /** Waypoints in journey order: a story place, or a bare `[lon, lat]` that shapes the line. */
  points: z
    .array(z.union([z.strictObject({ place: slug }), lonLat], { error: 'expected { place: id } or [lon, lat]' }))
    .min(2, 'a route needs at least two points'),
  /** The route place from which distances are known; before it (a start the film does not
   * place) the app says "more than" the distance from this place on. */
  measuredFrom: slug.optional(),
});
export type RouteData = z.infer<typeof routeSchema>;

/**
 * One storyline: its name in both languages (side by side, like every text), its colour, and
 * the glyph that marks it beside the colour. `travels`: its person follows the journey route.
 * `shared`: chapters where the storylines meet (no other person to show on the map).
 */
export const threadSchema = z.strictObject({
  es: nonEmpty,
  en: nonEmpty,
  colour: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'expected a colour like "#a23d1f"'),
  glyph: z.enum(GLYPHS, { error: `expected one of ${GLYPHS.join(', ')}` }).default('circle'),
  travels: z.boolean().default(false),
  shared: z.boolean().default(false),
});
export type ThreadData = z.infer<typeof threadSchema>;

export const storySettingsSchema = z.strictObject({
  /** Names this story among others on the same site: its offline copy and its slide channel. */
  id: slug.optional(),
  title: bilingual,
  subtitle: bilingual,
  premise: bilingual,
  credits: bilingual,
  /** Names the chapter the credits link on the cover points to. */
  creditsChapter: slug.optional(),
  /** The story's storylines, by id: their names, colour and glyph (see story/README.md). */
  threads: z.record(slug, threadSchema).refine((t) => Object.keys(t).length > 0, 'declare at least one storyline'),
  /** Optional remote MapLibre style URL; the embedded basemap is the default and the fallback. */
  remoteStyle: z
    .url({ protocol: /^https$/, error: 'expected an https:// address (other schemes never load in the story)' })
    .optional(),
  approximateNote: bilingual,
  /** Notes for teachers on the whole story (safety, legal accuracy). Shown in the presenter
   * view and the handout's teacher part; kept out of the reader's first load. */
  classroom: z.array(bilingual).max(10).default([]),
});
export type StorySettings = z.infer<typeof storySettingsSchema>;

/** Read from the back of a classroom, in one breath: characters per language. */
export const SLIDE_TEXT_MAX = 220;
const slideLine = nonEmpty.max(SLIDE_TEXT_MAX, `expected a slide text of at most ${SLIDE_TEXT_MAX} characters: one or two short sentences`);
const slideText = z.strictObject({ es: slideLine, en: slideLine }, { error: 'expected a slide text in both languages: { es: "…", en: "…" }' });

/**
 * A word or phrase of a chapter and its counterpart in the other language: `es` as it is
 * written in the Spanish text, `en` as it is written in the English text (each is the other's
 * gloss). `note`: a short explanation where useful, e.g. a Mexican word (aventón, corralón).
 */
export const glossEntrySchema = z.strictObject({
  es: nonEmpty,
  en: nonEmpty,
  note: bilingual.optional(),
});
export type GlossEntry = z.infer<typeof glossEntrySchema>;

/** A short factual question about a chapter, with its answer, in both languages. */
export const comprehensionSchema = z.strictObject({ q: bilingual, a: bilingual });
export type Comprehension = z.infer<typeof comprehensionSchema>;

export const chapterFrontmatterSchema = z.strictObject({
  id: slug,
  title: bilingual,
  /** A storyline declared in story.yaml (checked across files). */
  thread: slug,
  day: day.nullable().default(null),
  /** `true` when the sources do not state the chapter's day and the story infers it: the week
   * bar marks the day "≈". */
  dayApproximate: z.boolean({ error: 'expected true or false: is the day only inferred?' }).default(false),
  /** The scene in one or two short sentences for the slide a class sees (Spanish 1–3 and ESL
   * learners). Without it a slide shows the chapter's opening words. */
  slide: slideText.optional(),
  /** `night` for a scene the film shows at night (the map and page darken). */
  time: z.enum(['day', 'night'], { error: 'expected day or night' }).default('day'),
  places: z.array(slug).default([]),
  characters: z.array(slug).default([]),
  camera,
  /** The stretch of the route this chapter travels, from one route place to a later one. */
  route: z.strictObject({ from: slug, to: slug }).optional(),
  notes: bilingual.optional(),
  questions: z.array(bilingual).max(5).default([]),
  mapDescription: bilingual.optional(),
  /** Key words of the chapter for language learners (checked against the chapter's text). */
  glossary: z.array(glossEntrySchema).max(12, 'at most 12 glossary entries per chapter').default([]),
  /** Factual questions with answers, for readers to check themselves. */
  comprehension: z.array(comprehensionSchema).max(4, 'at most 4 comprehension questions per chapter').default([]),
});
export type ChapterFrontmatter = z.infer<typeof chapterFrontmatterSchema>;
