/** The reader's language at start: detected once (URL, saved choice, browser), then remembered. */
import type { Lang } from '@/content/schema';
import { detectLanguage, STORAGE_KEY } from '@/lib/i18n/language';

function readStored(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null; // storage blocked (private mode, sandboxed iframe): just don't remember
  }
}

export function initialLanguage(): Lang {
  return detectLanguage({ search: location.search, stored: readStored(), browser: navigator.languages ?? [] });
}

/** Saves the reader's choice for their next visit. */
export function rememberLanguage(lang: Lang): void {
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    /* not remembered, still switched */
  }
}
