/**
 * A character's portrait: original artwork made for this map, never a film still. A small
 * night scene in the colour of their storyline — hills, the moon both storylines share —
 * with their initials. The outline repeats the storyline's glyph as the story declares it
 * (circle, rounded square, or a circle split between the two), so colour is never the only sign.
 */
import { useId } from 'react';
import type { ReaderCharacter as Character } from '@/content/story-types';
import { story } from '@/content/story';
import { initialsOf } from './cast-data';
import { useLang } from '@/lib/session/use-session';

interface Props {
  character: Character;
  /** Rendered size in CSS px (the drawing is 48 × 48 units). */
  size?: number;
}

// Font size in drawing units, by the number of letters, so two or three still fit the face.
const INITIALS_SIZE: Record<number, number> = { 1: 20, 2: 17, 3: 13 };

export function Portrait({ character, size = 48 }: Props) {
  const lang = useLang();
  const clip = useId();
  const { thread } = character;
  const initials = initialsOf(character, lang);
  const glyph = story.settings.threads[thread]?.glyph ?? 'circle';
  const outline = glyph === 'square'
    ? <rect x="1" y="1" width="46" height="46" rx="9" />
    : <circle cx="24" cy="24" r="23" />;
  return (
    <svg className={`portrait portrait-${thread}`} viewBox="0 0 48 48" width={size} height={size} aria-hidden="true" focusable="false">
      <clipPath id={clip}>{outline}</clipPath>
      <g clipPath={`url(#${clip})`}>
        <rect className="portrait-sky" width="48" height="48" />
        {glyph === 'split' && <rect className="portrait-sky-other" x="24" width="24" height="48" />}
        <circle className="portrait-moon" cx="35" cy="12" r="6" />
        <circle className="portrait-moon-shadow" cx="38" cy="10" r="5" />
        <path className="portrait-hills" d="M0 37 Q9 30 18 35 T36 33 T48 34 V48 H0 Z" />
        <text className="portrait-initials" x="24" y="30" textAnchor="middle" fontSize={INITIALS_SIZE[initials.length] ?? 13}>{initials}</text>
      </g>
      <g className="portrait-rim" fill="none">{outline}</g>
    </svg>
  );
}
