/** The presentation's own interface words, in both languages. */
import type { Lang } from '@/content/constants';
import { fill } from '@/lib/i18n/fill';

const strings = {
  slides: { es: 'Presentación', en: 'Presentation' },
  slideOf: { es: 'Diapositiva {n} de {total}', en: 'Slide {n} of {total}' },
  controls: { es: 'Controles de la presentación', en: 'Presentation controls' },
  previous: { es: 'Anterior', en: 'Previous' },
  next: { es: 'Siguiente', en: 'Next' },
  overview: { es: 'Todas', en: 'All slides' },
  overviewTitle: { es: 'Todas las diapositivas', en: 'All slides' },
  closeOverview: { es: 'Cerrar', en: 'Close' },
  fullscreen: { es: 'Pantalla completa', en: 'Full screen' },
  exitFullscreen: { es: 'Salir de pantalla completa', en: 'Exit full screen' },
  presenterView: { es: 'Vista del presentador', en: 'Presenter view' },
  blank: { es: 'Pantalla en negro', en: 'Blank screen' },
  blanked: { es: 'Pantalla en negro. Pulse B o haga clic para volver a la diapositiva.', en: 'Screen blanked. Press B or click to bring the slide back.' },
  exit: { es: 'Salir', en: 'Exit' },
  popupBlocked: {
    es: 'El navegador bloqueó la vista del presentador: permita ventanas emergentes para este sitio y pulse S de nuevo.',
    en: 'The browser blocked the presenter view: allow pop-ups for this site and press S again.',
  },
  keysHelp: {
    es: '→ o Espacio: siguiente · ←: anterior · Inicio/Fin · O: todas · B: negro · F: pantalla completa · S: presentador · T: otro idioma · K: avance automático · Esc: salir',
    en: '→ or Space: next · ←: previous · Home/End · O: all slides · B: blank · F: full screen · S: presenter view · T: other language · K: auto-play · Esc: exit',
  },
  presenterKeysHelp: {
    es: '→ o Espacio: siguiente · ←: anterior · Inicio/Fin · B: negro · F: pantalla completa',
    en: '→ or Space: next · ←: previous · Home/End · B: blank · F: full screen',
  },
  comprehension: { es: 'Comprensión: preguntas y respuestas', en: 'Comprehension: questions and answers' },
  answer: { es: 'Respuesta', en: 'Answer' },
  presenterWindow: { es: 'Vista del presentador', en: 'Presenter view' },
  notes: { es: 'Notas para quien presenta', en: 'Presenter notes' },
  noNotes: { es: 'Este capítulo no tiene notas.', en: 'No notes for this chapter.' },
  classroom: { es: 'Antes de empezar: una clase segura para todos', en: 'Before you start: a classroom safe for everyone' },
  questions: { es: 'Preguntas para conversar', en: 'Discussion questions' },
  noQuestions: { es: 'Este capítulo no tiene preguntas.', en: 'No questions for this chapter.' },
  onScreen: { es: 'En pantalla', en: 'On screen' },
  upNext: { es: 'Después', en: 'Next up' },
  end: { es: 'Fin de la presentación', en: 'End of the presentation' },
  screenIsBlank: { es: 'La pantalla está en negro', en: 'The screen is blank' },
  timer: { es: 'Tiempo', en: 'Time' },
  pause: { es: 'Pausar', en: 'Pause' },
  resume: { es: 'Seguir', en: 'Resume' },
  reset: { es: 'Reiniciar', en: 'Reset' },
} as const;

export type PresentKey = keyof typeof strings;

/** `say('slideOf', 'en', { n: 2, total: 9 })` → "Slide 2 of 9" */
export function say(key: PresentKey, lang: Lang, vars: Record<string, string | number> = {}): string {
  return fill(strings[key][lang], vars);
}
