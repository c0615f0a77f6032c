/** The activities' interface words, in both languages. */
import type { Lang } from '@/content/constants';
import { fill } from '@/lib/i18n/fill';

const words = {
  title: { es: 'Actividades', en: 'Activities' },
  intro: {
    es: 'Tres actividades para comprobar lo que recuerdas de la historia. Cada una te da un puntaje y te muestra la respuesta, con un enlace al capítulo donde se cuenta.',
    en: 'Three activities to check what you remember of the story. Each gives you a score and shows you the answer, with a link to the chapter that tells it.',
  },
  back: { es: 'Volver a la historia', en: 'Back to the story' },
  orderTitle: { es: '1. Ordena la semana', en: '1. Put the week in order' },
  orderHelp: {
    es: 'Pon los sucesos en el orden en que pasan, del primero al último. Usa los botones Subir y Bajar (o el teclado: Tab y Enter).',
    en: 'Put the events in the order they happen, first to last. Use the Up and Down buttons (or the keyboard: Tab and Enter).',
  },
  up: { es: 'Subir', en: 'Up' },
  down: { es: 'Bajar', en: 'Down' },
  moveUp: { es: 'Subir: {text}', en: 'Move up: {text}' },
  moveDown: { es: 'Bajar: {text}', en: 'Move down: {text}' },
  check: { es: 'Comprobar', en: 'Check' },
  tryAgain: { es: 'Intentar de nuevo', en: 'Try again' },
  orderScore: { es: 'Puntaje: {n} de {total} en su lugar.', en: 'Score: {n} of {total} in the right place.' },
  allRight: { es: '¡Todo correcto!', en: 'All correct!' },
  rightOrder: { es: 'El orden correcto', en: 'The right order' },
  placedAt: { es: 'lo pusiste en el lugar {n}', en: 'you put it at {n}' },
  readChapter: { es: 'Leer: {title}', en: 'Read: {title}' },
  whereTitle: { es: '2. ¿Dónde estaba?', en: '2. Where was he?' },
  whereHelp: {
    es: 'Elige el lugar en el mapa: haz clic o tócalo, o llega a él con Tab y pulsa Enter.',
    en: 'Choose the place on the map: click or tap it, or reach it with Tab and press Enter.',
  },
  whereMap: { es: 'Mapa con los lugares para elegir', en: 'Map with the places to choose from' },
  youChose: { es: 'Elegiste: {place}.', en: 'You chose: {place}.' },
  whereRight: { es: '¡Correcto! Puntaje: 1 de 1.', en: 'Correct! Score: 1 of 1.' },
  whereWrong: { es: 'No es ahí. Puntaje: 0 de 1.', en: 'Not there. Score: 0 of 1.' },
  matchTitle: { es: '3. ¿Quién hizo qué?', en: '3. Who did what?' },
  matchHelp: { es: 'Para cada persona, elige lo que hizo.', en: 'For each person, choose what they did.' },
  choose: { es: 'Elige…', en: 'Choose…' },
  matchScore: { es: 'Puntaje: {n} de {total}.', en: 'Score: {n} of {total}.' },
  answers: { es: 'Respuestas', en: 'Answers' },
  none: { es: 'Esta historia no tiene actividades.', en: 'This story has no activities.' },
  right: { es: 'bien', en: 'right' },
  wrong: { es: 'mal', en: 'wrong' },
  // The worksheet (handout)
  worksheet: { es: 'Hoja de actividades', en: 'Worksheet' },
  name: { es: 'Nombre: ____________________   Fecha: __________', en: 'Name: ____________________   Date: __________' },
  orderPaper: { es: 'Numera los sucesos del 1 (primero) al {total} (último).', en: 'Number the events from 1 (first) to {total} (last).' },
  wherePaper: { es: 'Encierra en un círculo el lugar correcto en el mapa.', en: 'Circle the right place on the map.' },
  matchPaper: { es: 'Escribe junto a cada persona la letra de lo que hizo.', en: 'Next to each person, write the letter of what they did.' },
  answerKey: { es: 'Clave de respuestas (para docentes)', en: 'Answer key (for teachers)' },
  chapterRef: { es: 'capítulo: {title}', en: 'chapter: {title}' },
} as const;

export type ActivityWord = keyof typeof words;

export function say(key: ActivityWord, lang: Lang, vars: Record<string, string | number> = {}): string {
  return fill(words[key][lang], vars);
}
