/** The embed's own interface words (not story facts), in both languages. */
import type { Lang } from '@/content/schema';
import { fill } from '@/lib/i18n/fill';
import { shareWords } from './share-words';

const strings = {
  openFullStory: { es: 'Abrir la historia completa', en: 'Open full story' },
  opensInNewTab: { es: '(se abre en otra pestaña)', en: '(opens in a new tab)' },
  previous: { es: 'Anterior', en: 'Previous' },
  next: { es: 'Siguiente', en: 'Next' },
  previousChapter: { es: 'Capítulo anterior', en: 'Previous chapter' },
  nextChapter: { es: 'Capítulo siguiente', en: 'Next chapter' },
  chapterOf: { es: 'Capítulo {n} de {total}', en: 'Chapter {n} of {total}' },
  ...shareWords,
  shareTitle: { es: 'Compartir o insertar', en: 'Share or embed' },
  close: { es: 'Cerrar', en: 'Close' },
  linkHeading: { es: 'Enlace a este capítulo', en: 'Link to this chapter' },
  linkLabel: { es: 'Enlace', en: 'Link' },
  copyLink: { es: 'Copiar enlace', en: 'Copy link' },
  embedHeading: { es: 'Insertar en un artículo', en: 'Embed in an article' },
  startAt: { es: 'Empezar en', en: 'Start at' },
  fromTheBeginning: { es: 'Desde el principio', en: 'From the beginning' },
  language: { es: 'Idioma', en: 'Language' },
  layout: { es: 'Formato', en: 'Layout' },
  layoutAuto: { es: 'Automático (según el tamaño)', en: 'Automatic (by size)' },
  layoutScroll: { es: 'Desplazamiento', en: 'Scrolling' },
  layoutStepper: { es: 'Paso a paso (marcos bajos)', en: 'Step by step (short frames)' },
  layoutPoster: { es: 'Portada: toca para empezar (marcos muy pequeños)', en: 'Poster: tap to start (very small frames)' },
  tapToStart: { es: 'Toca para empezar', en: 'Tap to start' },
  opensFullScreen: {
    es: 'Abre la historia en pantalla completa (o en otra pestaña si no se puede).',
    en: 'Opens the story full screen (or in a new tab if it cannot).',
  },
  explore: { es: 'El lector puede explorar el mapa', en: 'Readers may explore the map' },
  height: { es: 'Altura (px)', en: 'Height (px)' },
  snippetLabel: { es: 'Código para insertar', en: 'Embed code' },
  copySnippet: { es: 'Copiar código', en: 'Copy embed code' },
  copied: { es: 'Copiado.', en: 'Copied.' },
  copyFailed: { es: 'No se pudo copiar: selecciona el texto y cópialo.', en: 'Could not copy: select the text and copy it.' },
  preview: { es: 'Vista previa', en: 'Preview' },
  previewTitle: { es: 'Vista previa de la historia insertada', en: 'Preview of the embedded story' },
  iframeTitle: { es: '{title}: mapa narrativo interactivo', en: '{title}: an interactive story map' },
  spanish: { es: 'Español', en: 'Spanish' },
  english: { es: 'Inglés', en: 'English' },
} as const;

export type EmbedKey = keyof typeof strings;

/** `et('chapterOf', 'en', { n: 2, total: 9 })` → "Chapter 2 of 9" */
export function et(key: EmbedKey, lang: Lang, vars: Record<string, string | number> = {}): string {
  return fill(strings[key][lang], vars);
}
