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

/** Our own drawing: a moon over two far-apart points joined by a dashed road. No film imagery. */
function PosterMotif() {
  return (
    <svg className="poster-motif" viewBox="0 0 300 200" preserveAspectRatio="xMidYMid slice" aria-hidden="true" focusable="false">
      <g fill="none" stroke="#3a4670" strokeWidth="1">
        <path d="M-10 150 C 60 120, 120 170, 190 135 S 290 110, 320 125" />
        <path d="M-10 170 C 70 140, 130 190, 200 155 S 290 135, 320 148" />
        <path d="M-10 190 C 80 165, 140 205, 210 178 S 290 160, 320 170" />
      </g>
      <path d="M40 160 C 90 150, 120 120, 170 112 S 240 80, 262 60" fill="none" stroke="#f4d58d" strokeOpacity="0.55" strokeWidth="2" strokeDasharray="5 6" strokeLinecap="round" />
      <circle cx="40" cy="160" r="4" fill="#f4d58d" fillOpacity="0.8" />
      <circle cx="262" cy="60" r="4" fill="#f4d58d" fillOpacity="0.8" />
      <circle cx="246" cy="34" r="16" fill="#f4d58d" fillOpacity="0.9" />
      <circle cx="253" cy="29" r="14" fill="#1b2238" />
    </svg>
  );
}
