/** One chapter on paper: title and day, a short summary, a small map of its place, its questions. */
import type { FeatureCollection } from 'geojson';
import type { Lang } from '@/content/constants';
import type { Chapter } from '@/content/story-types';
import { placeById, story, threadName } from '@/content/story';
import { StaticMap } from '@/lib/static-map/StaticMap';
import { t } from '@/lib/i18n/ui-strings';
import { shortText } from '@/lib/text/short-text';
import { HANDOUT_MAP, type HandoutMapView } from './handout-map';
import { say } from './handout-strings';
import { teachingFor } from '@/content/teaching';
import { HandoutCheck } from './HandoutLanguage';

/** A paragraph's worth: enough to remind a student what happens, characters. */
export const SUMMARY_CHARS = 320;

interface Props {
  chapter: Chapter;
  lang: Lang;
  view: HandoutMapView;
  basemap: FeatureCollection | null;
}

export function HandoutChapter({ chapter, lang, view, basemap }: Props) {
  const places = chapter.places.flatMap((id) => placeById(id) ?? []);
  const placeNames = places.map((p) => p.name[lang]).join(', ') || say('wholeJourney', lang);
  const headingId = `handout-${chapter.id}`;
  return (
    <article className={`handout-chapter thread-${chapter.thread}`} aria-labelledby={headingId}>
      <figure className="handout-map">
        <StaticMap
          basemap={basemap}
          center={view.center}
          zoom={view.zoom}
          {...HANDOUT_MAP}
          route={story.route.coordinates}
          travelled={view.travelled}
          places={story.places.map((p) => ({
            id: p.id, coordinates: p.coordinates, label: p.name[lang], approximate: p.approximate, active: chapter.places.includes(p.id),
          }))}
          label={say('mapOf', lang, { places: placeNames })}
          lang={lang}
        />
        <figcaption>
          {placeNames}
          {places.some((p) => p.approximate) && <span className="handout-approx"> ({say('approximate', lang)})</span>}
        </figcaption>
      </figure>
      <div className="handout-text">
        <p className="handout-meta">
          {say('chapter', lang, { n: chapter.index + 1 })} · {threadName(chapter.thread, lang)}
          {chapter.day && ` · ${t(chapter.day, lang)}`}
        </p>
        <h2 id={headingId}>{chapter.title[lang]}</h2>
        <p className="handout-summary">{shortText(chapter.body[lang], lang, SUMMARY_CHARS)}</p>
        {teachingFor(chapter.id).questions.length > 0 && (
          <>
            <h3>{say('discuss', lang)}</h3>
            <ol className="handout-questions">{teachingFor(chapter.id).questions.map((q) => <li key={q.en}>{q[lang]}</li>)}</ol>
          </>
        )}
        <HandoutCheck chapterId={chapter.id} lang={lang} />
      </div>
    </article>
  );
}
