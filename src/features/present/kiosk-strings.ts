/** Kiosk playback's words, in both languages. */
import type { Lang } from '@/content/constants';
import { fill } from '@/lib/i18n/fill';

const strings = {
  playing: { es: 'Avance automático: una diapositiva cada {s} s · K para detenerlo', en: 'Auto-play: a slide every {s} s · K to stop' },
  paused: { es: 'Avance automático en pausa: sigue solo si nadie toca la pantalla', en: 'Auto-play paused: it resumes once nobody touches the screen' },
  start: { es: 'Avance automático', en: 'Auto-play' },
} as const;

export function sayKiosk(key: keyof typeof strings, lang: Lang, values: Record<string, string | number> = {}): string {
  return fill(strings[key][lang], values);
}
