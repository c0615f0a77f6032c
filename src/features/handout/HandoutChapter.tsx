/** One chapter on paper: title and day, a short summary, a small map of its place, its questions. */
import type { ReactNode } from 'react';
import type { Chapter } from '@/content/story-types';
import { placeById, threadName } from '@/content/story';
import { shortText } from '@/lib/text/short-text';
import { HANDOUT_MAP, type HandoutMapIntent, type HandoutMapView } from './handout-map';
import { say } from './handout-strings';
import { teachingFor } from '@/content/teaching';
import { useLang } from '@/lib/session/use-session';
import { HandoutCheck } from './HandoutLanguage';
import { StoryDay } from '@/lib/i18n/StoryDay';

/** A paragraph's worth: enough to remind a student what happens, characters. */
export const SUMMARY_CHARS = 320;

interface Props {
  chapter: Chapter;
  view: HandoutMapView;
  /** Draws the chapter's still map (the app gives the story map). */
  renderMap: (intent: HandoutMapIntent) => ReactNode;
}

export function HandoutChapter({ chapter, view, renderMap }: Props) {
  const lang = useLang();
  const places = chapter.places.flatMap((id) => placeById(id) ?? []);
  const placeNames = places.map((p) => p.name[lang]).join(', ') || say('wholeJourney', lang);
  const headingId = `handout-${chapter.id}`;
  return (
    <article className={`handout-chapter thread-${chapter.thread}`} aria-labelledby={headingId}>
      <figure className="handout-map">
        {renderMap({
          camera: { ...chapter.camera, center: view.center, zoom: view.zoom },
          travelledKm: view.travelledKm,
          places: chapter.places,
          time: chapter.time,
          label: say('mapOf', lang, { places: placeNames }),
          ...HANDOUT_MAP,
        })}
        <figcaption>
          {placeNames}
          {places.some((p) => p.approximate) && <span className="handout-approx"> ({say('approximate', lang)})</span>}
        </figcaption>
      </figure>
      <div className="handout-text">
        <p className="handout-meta">
          {say('chapter', lang, { n: chapter.index + 1 })} · {threadName(chapter.thread, lang)}
          {chapter.day && <> · <StoryDay chapter={chapter} className="handout-day" /></>}
        </p>
        <h2 id={headingId}>{chapter.title[lang]}</h2>
        <p className="handout-summary">{shortText(chapter.body[lang], lang, SUMMARY_CHARS)}</p>
        {teachingFor(chapter.id).questions.length > 0 && (
          <>
            <h3>{say('discuss', lang)}</h3>
            <ol className="handout-questions">{teachingFor(chapter.id).questions.map((q) => <li key={q.en}>{q[lang]}</li>)}</ol>
          </>
        )}
        <HandoutCheck chapterId={chapter.id} />
      </div>
    </article>
  );
}
