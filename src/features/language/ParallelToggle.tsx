/** The switch for parallel reading: each paragraph in both languages. */
import { useLang } from '@/lib/session/use-session';

/** Its own words, kept here: this switch is in the first load, the other language words are not. */
const WORDS = {
  parallel: { es: 'Dos idiomas', en: 'Both languages' },
  hint: { es: 'Muestra cada párrafo también en inglés', en: 'Shows each paragraph in Spanish too' },
} as const;

interface Props {
  on: boolean;
  onChange: (on: boolean) => void;
}

export function ParallelToggle({ on, onChange }: Props) {
  const lang = useLang();
  return (
    <button type="button" className="parallel-toggle" aria-pressed={on} title={WORDS.hint[lang]} onClick={() => onChange(!on)}>
      <span aria-hidden="true" className="parallel-glyph">⇆ </span>
      <span className="parallel-long">{WORDS.parallel[lang]}</span>
      {/* On a narrow phone bar: the two languages' codes; the name stays the full words. */}
      <span aria-hidden="true" className="parallel-short">ES·EN</span>
    </button>
  );
}
