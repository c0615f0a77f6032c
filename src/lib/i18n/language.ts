/** Which language to show, decided once from the URL, the saved choice and the browser. */
import { LANGS, type Lang } from '@/content/constants';
import type { Bilingual } from '@/content/schema';

export const STORAGE_KEY = 'usm-lang';

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/**
 * `?lang=` wins, then the reader's saved choice, then the first browser language we have,
 * then English.
 */
export function detectLanguage(input: {
  search: string;
  stored: string | null;
  browser: readonly string[];
}): Lang {
  const fromUrl = new URLSearchParams(input.search).get('lang');
  if (isLang(fromUrl)) return fromUrl;
  if (isLang(input.stored)) return input.stored;
  for (const tag of input.browser) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLang(base)) return base;
  }
  return 'en';
}

export const pick = (text: Bilingual, lang: Lang): string => text[lang];
export const otherLang = (lang: Lang): Lang => (lang === 'es' ? 'en' : 'es');
