/** Clock times in the way each audience reads them. */
import type { Lang } from '@/content/constants';
import { cachedFormat } from './cached-format';

/**
 * "10:00 AM" / "10:00 a.m.": a story time given as 24-hour `HH:MM`, on the reader's
 * clock. A time it cannot read comes back unchanged.
 */
export function formatClockTime(time: string, lang: Lang): string {
  const match = /^(\d{1,2}):(\d{2})$/.exec(time);
  if (!match) return time;
  const at = new Date(Date.UTC(2000, 0, 2, Number(match[1]), Number(match[2])));
  return cachedFormat(`clock-${lang}`, () => new Intl.DateTimeFormat(lang === 'en' ? 'en-US' : 'es-MX', { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' })).format(at);
}
