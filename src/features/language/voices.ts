/** Choosing a voice for read-aloud from what the device offers (Web Speech API). */
import type { Lang } from '@/content/constants';

/** Enough of `SpeechSynthesisVoice` to choose one (and to test without a browser). */
export interface VoiceLike {
  lang: string;
  name: string;
  localService?: boolean;
}

/** Regional voices in order of preference: a Mexican Spanish voice first, then the Americas. */
const PREFERRED: Record<Lang, string[]> = {
  es: ['es-mx', 'es-us', 'es-419'],
  en: ['en-us', 'en-ca', 'en-gb'],
};

const tagOf = (v: VoiceLike) => v.lang.replace(/_/g, '-').toLowerCase();

/** The best voice for `lang`, or `null` when the device has none in that language. */
export function pickVoice<V extends VoiceLike>(voices: readonly V[], lang: Lang): V | null {
  const fitting = voices.filter((v) => tagOf(v) === lang || tagOf(v).startsWith(`${lang}-`));
  const rank = (v: V) => {
    const i = PREFERRED[lang].indexOf(tagOf(v));
    // Preferred regions first; among equals, a voice on the device (works offline) first.
    return (i < 0 ? PREFERRED[lang].length : i) * 2 + (v.localService === false ? 1 : 0);
  };
  return [...fitting].sort((a, b) => rank(a) - rank(b))[0] ?? null;
}
