/** Distances in the units each audience reads every day. */
import type { Lang } from '@/content/constants';
import { cachedFormat } from './cached-format';

const KM_PER_MILE = 1.609344;

/** "1,234 km" in Spanish, "767 mi" in English, from km; rounded to 10 above 100 units. */
export function formatDistance(km: number, lang: Lang): string {
  const value = lang === 'en' ? km / KM_PER_MILE : km;
  const rounded = value >= 100 ? Math.round(value / 10) * 10 : Math.round(value);
  const n = cachedFormat(`number-${lang}`, () => new Intl.NumberFormat(lang === 'en' ? 'en-US' : 'es-MX')).format(rounded);
  return `${n} ${lang === 'en' ? 'mi' : 'km'}`;
}
