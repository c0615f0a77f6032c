/**
 * Words for what the map shows in a chapter: the text alternative read to screen readers
 * (a polite live region) and shown on request. Pure.
 */
import type { Lang } from '@/content/schema';
import type { Chapter } from '@/content/story-types';
import type { ReaderPlace as Place } from '@/content/story-types';
import { formatDistance } from '@/lib/i18n/format-distance';

const words = {
  map: { es: 'Mapa', en: 'Map' },
  overview: { es: 'vista general del viaje', en: 'overview of the journey' },
  approx: { es: 'lugar aproximado', en: 'approximate place' },
  route: { es: 'recorrido: {done} de {total}', en: 'route: {done} travelled of {total}' },
} as const;

export interface MapDescriptionInput {
  chapter: Chapter | undefined;
  places: readonly Place[];
  travelledKm: number;
  totalKm: number;
  lang: Lang;
  /** Extra sentences other features add (a call's two phones, where the other person is). */
  extra?: readonly string[];
}

export function describeMap({ chapter, places, travelledKm, totalKm, lang, extra = [] }: MapDescriptionInput): string {
  const shown = chapter ? chapter.places.map((id) => places.find((p) => p.id === id)).filter((p): p is Place => !!p) : [];
  const names = shown.map((p) => (p.approximate ? `${p.name[lang]} (${words.approx[lang]})` : p.name[lang]));
  const where = names.length ? names.join('; ') : words.overview[lang];
  const route = totalKm > 0
    ? words.route[lang].replace('{done}', formatDistance(travelledKm, lang)).replace('{total}', formatDistance(totalKm, lang))
    : '';
  const lead = `${words.map[lang]}: ${where}${route ? ` — ${route}` : ''}.`;
  return [lead, chapter?.mapDescription?.[lang], ...extra].filter(Boolean).join(' ');
}
