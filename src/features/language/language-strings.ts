/** Interface words for parallel reading, the glossary, read-aloud and comprehension questions. */
import type { Lang } from '@/content/constants';
import { fill } from '@/lib/i18n/fill';

const strings = {
  words: { es: 'Palabras del capítulo', en: 'Words in this chapter' },
  wholeGlossary: { es: 'Ver todo el glosario', en: 'See the whole glossary' },
  glossary: { es: 'Glosario', en: 'Glossary' },
  glossaryIntro: {
    es: 'Las palabras clave de cada capítulo, en el texto en español y su equivalente en el texto en inglés. En la historia, toque o enfoque una palabra subrayada para ver su significado.',
    en: 'The key words of each chapter, as written in the English text, with their counterparts in the Spanish text. In the story, tap or focus an underlined word to see what it means.',
  },
  spanish: { es: 'Español', en: 'Spanish' },
  english: { es: 'Inglés', en: 'English' },
  note: { es: 'Nota', en: 'Note' },
  glossLabel: { es: 'Significado', en: 'Meaning' },
  back: { es: 'Volver a la historia', en: 'Back to the story' },
  check: { es: 'Comprueba lo que entendiste', en: 'Check your understanding' },
  showAnswer: { es: 'Ver respuesta', en: 'Show answer' },
  hideAnswer: { es: 'Ocultar respuesta', en: 'Hide answer' },
  answer: { es: 'Respuesta', en: 'Answer' },
  listen: { es: 'Escuchar', en: 'Listen' },
  listenLabel: { es: 'Escuchar el capítulo en voz alta', en: 'Listen to the chapter read aloud' },
  listenSlideLabel: { es: 'Escuchar la diapositiva en voz alta', en: 'Listen to the slide read aloud' },
  pause: { es: 'Pausa', en: 'Pause' },
  resume: { es: 'Seguir', en: 'Resume' },
  stop: { es: 'Detener', en: 'Stop' },
  slower: { es: 'Más despacio', en: 'Slower' },
  readAloud: { es: 'Lectura en voz alta', en: 'Read aloud' },
  sentenceOf: { es: 'Frase {n} de {total}', en: 'Sentence {n} of {total}' },
  noVoice: {
    es: 'Este dispositivo no tiene una voz en español para leer en voz alta.',
    en: 'This device has no English voice for reading aloud.',
  },
} as const;

export type LanguageKey = keyof typeof strings;

export function say(key: LanguageKey, lang: Lang, vars: Record<string, string | number> = {}): string {
  return fill(strings[key][lang], vars);
}
