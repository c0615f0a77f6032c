import './embed.css';
/**
 * The poster: what a frame too small to read in shows (or any frame, with `layout=poster`).
 * The story's title, its one line, a quiet drawing of a night road under the moon, and one
 * large button that opens the story full screen; the caller decides how (see EmbedView).
 */
import { useId, type ReactNode } from 'react';
import { et } from './embed-strings';
import { OpenFullStory } from './OpenFullStory';
import { useLang } from '@/lib/session/use-session';

interface Props {
  title: string;
  line: string;
  onStart: () => void;
  /** The full story at the start chapter, in a new tab: the way out when full screen is not possible. */
  fullStoryHref: string;
  languageSwitch: ReactNode;
}

export function EmbedPoster({ title, line, onStart, fullStoryHref, languageSwitch }: Props) {
  const lang = useLang();
  const hint = useId();
  return (
    <main className="embed-poster">
      <PosterMotif />
      <div className="poster-body">
        <h1 className="poster-title">{title}</h1>
        <p className="poster-line">{line}</p>
        <button type="button" className="poster-start" onClick={onStart} aria-describedby={hint}>
          <span aria-hidden="true" className="poster-play">▶</span> {et('tapToStart', lang)}
        </button>
        <p id={hint} className="visually-hidden">{et('opensFullScreen', lang)}</p>
        <div className="poster-foot">
          {languageSwitch}
          <OpenFullStory href={fullStoryHref} />
        </div>
      </div>
    </main>
  );
}

/**
 * Our own drawing, no film imagery: a dashed road climbing from one far corner towards the
 * other over quiet contour lines, and the moon. The lines stretch with the frame (their
 * strokes do not); the moon keeps its shape in the corner.
 */
function PosterMotif() {
  return (
    <>
      <svg className="poster-motif" viewBox="0 0 300 200" preserveAspectRatio="none" aria-hidden="true" focusable="false">
        <g fill="none" stroke="#3a4670" strokeWidth="1" vectorEffect="non-scaling-stroke">
          <path d="M-10 150 C 60 120, 120 170, 190 135 S 290 110, 320 125" vectorEffect="non-scaling-stroke" />
          <path d="M-10 170 C 70 140, 130 190, 200 155 S 290 135, 320 148" vectorEffect="non-scaling-stroke" />
          <path d="M-10 190 C 80 165, 140 205, 210 178 S 290 160, 320 170" vectorEffect="non-scaling-stroke" />
        </g>
        <path d="M-5 196 C 70 185, 120 160, 180 150 S 270 120, 305 95" fill="none" stroke="#f4d58d" strokeOpacity="0.4"
          strokeWidth="2" strokeDasharray="5 7" strokeLinecap="round" vectorEffect="non-scaling-stroke" />
      </svg>
      <svg className="poster-moon" viewBox="0 0 40 40" aria-hidden="true" focusable="false">
        <mask id="poster-moon-cut">
          <rect width="40" height="40" fill="#fff" />
          <circle cx="27" cy="14" r="15" fill="#000" />
        </mask>
        <circle cx="20" cy="20" r="17" fill="#f4d58d" fillOpacity="0.9" mask="url(#poster-moon-cut)" />
      </svg>
    </>
  );
}
