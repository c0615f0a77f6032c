/**
 * "This device has no … voice" is said once a page, not under every chapter: the first
 * read-aloud control that finds no voice for a language tells it (and keeps telling it while it
 * is there); every other control stays quiet. Keyed by language: switching language is a new
 * fact to tell. Module state: one page, one notice.
 */
import type { Lang } from '@/content/constants';

const tellers = new Map<Lang, string>();

/** Whether the control `id` is the one that tells the reader; the first to ask claims it. */
export function claimNoVoiceNotice(lang: Lang, id: string): boolean {
  const teller = tellers.get(lang);
  if (teller === undefined) {
    tellers.set(lang, id);
    return true;
  }
  return teller === id;
}

/** For tests: forget who told. */
export function resetNoVoiceNotice(): void {
  tellers.clear();
}
