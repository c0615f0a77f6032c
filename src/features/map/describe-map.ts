/**
 * Words for what the map shows in a chapter: the text alternative read to screen readers
 * (a polite live region) and shown on request. Pure.
 */
import type { Lang } from '@/content/schema';
import type { Chapter } from '@/content/story-types';
import type { Place } from '@/content/schema';

const KM_PER_MILE = 1.609344;

/** "1,234 km" in Spanish, "767 mi" in English: the units each audience reads every day. */
export function formatDistance(km: number, lang: Lang): string {
  const value = lang === 'en' ? km / KM_PER_MILE : km;
  const rounded = value >= 100 ? Math.round(value / 10) * 10 : Math.round(value);
  const n = new Intl.NumberFormat(lang === 'en' ? 'en-US' : 'es-MX').format(rounded);
  return `${n} ${lang === 'en' ? 'mi' : 'km'}`;
}

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
