/**
 * "Where was he on …?" answered on a still map: each place to choose is a button on the map
 * (click, tap, or Tab and Enter); the answer and its chapter follow.
 */
import { useId, useState } from 'react';
import type { Activities } from '@/content/activities';
import { story } from '@/content/story';
import { useBasemap } from '@/lib/basemap/use-basemap';
import { fitCamera } from '@/lib/geo/fit-camera';
import { journey } from '@/lib/journey';
import { StaticMap } from '@/lib/static-map/StaticMap';
import { projector } from '@/lib/static-map/project';
import { useLang } from '@/lib/session/use-session';
import { say } from './activities-words';
import { ChapterLink, chapterTitle } from './ChapterLink';

type Where = NonNullable<Activities['where']>;
const SIZE = { width: 640, height: 400 };

const placesByX = <T extends { at: [number, number] }>(list: T[]): T[] => [...list].sort((a, b) => a.at[0] - b.at[0]);

export function WhereActivity({ where }: { where: Where }) {
  const lang = useLang();
  const basemap = useBasemap();
  const [picked, setPicked] = useState<string | null>(null);
  const headingId = useId();
  const places = where.choices.flatMap((id) => story.places.filter((p) => p.id === id));
  const camera = fitCamera(places.map((p) => p.coordinates), { ...SIZE, padding: { top: 70, right: 60, bottom: 70, left: 60 }, maxZoom: 7 });
  if (!camera) return null;
  const view = { center: camera.center, zoom: camera.zoom, ...SIZE };
  const project = projector(view);
  const name = (id: string) => story.places.find((p) => p.id === id)?.name[lang] ?? id;
  const right = picked === where.answer;
  return (
    <section className="activity" aria-labelledby={headingId}>
      <h2 id={headingId}>{say('whereTitle', lang)}</h2>
      <p className="activity-question">{where.question[lang]}</p>
      <p>{say('whereHelp', lang)}</p>
      <div className="where-map" role="group" aria-label={where.question[lang]}>
        <StaticMap basemap={basemap} center={camera.center} zoom={camera.zoom} {...SIZE} route={journey?.coordinates} label={say('whereMap', lang)} lang={lang} />
        {placesByX(places.map((p) => ({ p, at: project(p.coordinates) }))).map(({ p, at: [x, y] }, i) => (
          // Labels alternate below and above their dots, and run away from the nearer edge, so neighbours never cover each other.
          <button key={p.id} type="button" className="where-place" aria-pressed={picked === p.id}
            data-side={i % 2 ? 'above' : 'below'} data-align={x > SIZE.width / 2 ? 'end' : 'start'}
            style={{ left: `${(x / SIZE.width) * 100}%`, top: `${(y / SIZE.height) * 100}%` }}
            onClick={() => setPicked(p.id)}>
            <span className="where-dot" aria-hidden="true">{i + 1}</span><span className="where-name">{p.name[lang]}</span>
          </button>
        ))}
      </div>
      {/* On a phone the names would cover each other on the map: the dots carry numbers, named here. */}
      <ol className="where-legend" aria-hidden="true">
        {placesByX(places.map((p) => ({ p, at: project(p.coordinates) }))).map(({ p }) => <li key={p.id}>{p.name[lang]}</li>)}
      </ol>
      {picked && (
        <div className="activity-result" role="status">
          <p className="activity-score">{say('youChose', lang, { place: name(picked) })} {say(right ? 'whereRight' : 'whereWrong', lang)}</p>
          <p>{where.explanation[lang]}{' '}
            <ChapterLink id={where.chapter}>{say('readChapter', lang, { title: chapterTitle(where.chapter, lang) })}</ChapterLink>
          </p>
        </div>
      )}
    </section>
  );
}
