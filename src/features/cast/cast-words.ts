/** The cast feature's own interface words, in both languages. */
export const castWords = {
  open: { es: 'Personajes', en: 'Cast' },
  heading: { es: 'Personajes', en: 'Characters' },
  /** The list's heading on paper (the handout's back page). */
  paperHeading: { es: 'Personajes', en: 'Cast' },
  intro: {
    es: 'Retratos dibujados para este mapa (no son imágenes de la película). El color y la forma dicen de qué hilo es cada quien.',
    en: 'Portraits drawn for this map, not images from the film. Colour and shape tell whose storyline each person belongs to.',
  },
  storyline: { es: 'Hilo: {name}', en: 'Storyline: {name}' },
  close: { es: 'Cerrar', en: 'Close' },
  unavailable: {
    es: 'La lista de personajes no se pudo cargar. Vuelve a cargar la página para intentarlo de nuevo.',
    en: 'The list of characters could not load. Reload the page to try again.',
  },
  all: { es: 'Todos los personajes', en: 'All characters' },
  inChapter: { es: 'En este capítulo', en: 'In this chapter' },
  relationship: { es: 'Relación', en: 'Relationship' },
  thread: { es: 'Hilo', en: 'Storyline' },
  actor: { es: 'Lo interpreta', en: 'Played by' },
  playedBy: { es: 'Intérprete: {actor}', en: 'Played by {actor}' },
  unconfirmed: { es: 'Sin confirmar', en: 'Unconfirmed' },
  places: { es: 'Dónde aparece (resaltado en el mapa)', en: 'Where they appear (lit up on the map)' },
  chapters: { es: 'Capítulos donde aparece', en: 'Chapters they appear in' },
  chapterLink: { es: 'Capítulo {n}: {title}', en: 'Chapter {n}: {title}' },
  approximate: { es: 'lugar aproximado', en: 'approximate place' },
} as const;

/** Fills `{name}` slots in one of the texts above. */
export { fill } from '@/lib/i18n/fill';
