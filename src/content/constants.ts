/** Closed vocabularies of the story format, kept free of zod so the app bundle stays small. */
export const LANGS = ['es', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** The story week: the Sunday of the birthday call through to the next Sunday. */
export const DAYS = [
  'sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'next-sunday',
] as const;
export type Day = (typeof DAYS)[number];

/** A storyline's id, as the story declares it in story.yaml (`threads:`). */
export type Thread = string;

/** How a storyline is marked beside its colour, so colour is never the only sign. */
export const GLYPHS = ['circle', 'square', 'split'] as const;
export type Glyph = (typeof GLYPHS)[number];

export const TRANSITIONS = ['fly', 'ease', 'jump'] as const;
export type Transition = (typeof TRANSITIONS)[number];
