/** The switch for parallel reading: each paragraph in both languages. */
import type { Lang } from '@/content/constants';
import { say } from './language-strings';

interface Props {
  lang: Lang;
  on: boolean;
  onChange: (on: boolean) => void;
}

export function ParallelToggle({ lang, on, onChange }: Props) {
  return (
    <button type="button" className="parallel-toggle" aria-pressed={on} title={say('parallelHint', lang)} onClick={() => onChange(!on)}>
      <span aria-hidden="true" className="parallel-glyph">⇆ </span>
      {say('parallel', lang)}
    </button>
  );
}
