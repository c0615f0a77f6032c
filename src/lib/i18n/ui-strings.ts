/** The app's own interface words (not story facts), in both languages. */
import type { Lang } from '@/content/schema';
import { fill } from '@/lib/i18n/fill';

const strings = {
  skipToStory: { es: 'Saltar a la historia', en: 'Skip to the story' },
  language: { es: 'Idioma', en: 'Language' },
  switchTo: { es: 'English', en: 'Español' },
  switchToLabel: { es: 'Read in English', en: 'Leer en español' },
  progress: { es: 'Avance en la historia', en: 'Progress through the story' },
  chapterOf: { es: 'Capítulo {n} de {total}', en: 'Chapter {n} of {total}' },
  startReading: { es: 'Empezar a leer', en: 'Start reading' },
  mapPlaceholder: { es: 'Mapa de la historia', en: 'Story map' },
  chapters: { es: 'Capítulos', en: 'Chapters' },
  thread: { es: 'Hilo', en: 'Thread' },
  approximate: { es: 'aproximado', en: 'approximate' },
  dayApproximate: { es: 'día aproximado: las fuentes no lo dicen', en: 'approximate day: the sources do not say' },
  sunday: { es: 'Domingo', en: 'Sunday' },
  monday: { es: 'Lunes', en: 'Monday' },
  tuesday: { es: 'Martes', en: 'Tuesday' },
  wednesday: { es: 'Miércoles', en: 'Wednesday' },
  thursday: { es: 'Jueves', en: 'Thursday' },
  friday: { es: 'Viernes', en: 'Friday' },
  saturday: { es: 'Sábado', en: 'Saturday' },
  'next-sunday': { es: 'El domingo siguiente', en: 'The next Sunday' },
  present: { es: 'Presentar', en: 'Present' },
  forTeachers: { es: 'Para docentes', en: 'For teachers' },
  activities: { es: 'Actividades', en: 'Activities' },
  opensInNewTab: { es: '(se abre en otra pestaña)', en: '(opens in a new tab)' },
} as const;

export type UiKey = keyof typeof strings;

/** `t('chapterOf', 'en', { n: 2, total: 9 })` → "Chapter 2 of 9" */
export function t(key: UiKey, lang: Lang, vars: Record<string, string | number> = {}): string {
  return fill(strings[key][lang], vars);
}
