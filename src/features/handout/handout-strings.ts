/** The handout's own interface words, in both languages. */
import type { Lang } from '@/content/constants';
import { fill } from '@/lib/i18n/fill';
import { handoutWords } from './handout-words';

const strings = {
  ...handoutWords,
  forStudents: { es: 'Material para estudiantes', en: 'A handout for students' },
  chapter: { es: 'Capítulo {n}', en: 'Chapter {n}' },
  discuss: { es: 'Para conversar', en: 'To discuss' },
  mapOf: { es: 'Mapa: {places}', en: 'Map: {places}' },
  wholeJourney: { es: 'todo el viaje', en: 'the whole journey' },
  approximate: { es: '≈ lugar aproximado', en: '≈ approximate place' },
  forTeachers: { es: 'Para el docente', en: 'For the teacher' },
  check: { es: 'Comprueba lo que entendiste', en: 'Check your understanding' },
  glossary: { es: 'Glosario', en: 'Glossary' },
  answerKey: { es: 'Respuestas de comprensión', en: 'Comprehension answer key' },
  playedBy: { es: 'Intérprete: {actor}', en: 'Played by {actor}' },
  print: { es: 'Imprimir', en: 'Print' },
  back: { es: 'Volver a la historia', en: 'Back to the story' },
  printNote: {
    es: 'Para imprimir o guardar como PDF, use el botón Imprimir. Primero van las hojas para estudiantes; al final, cada parte en hoja aparte, las del docente.',
    en: 'To print or save as a PDF, use the Print button. The students’ pages come first; the teacher’s come last, each part on a page of its own.',
  },
} as const;

export type HandoutKey = keyof typeof strings;

export function say(key: HandoutKey, lang: Lang, vars: Record<string, string | number> = {}): string {
  return fill(strings[key][lang], vars);
}
