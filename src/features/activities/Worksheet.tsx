/**
 * The activities on paper: a worksheet for students (`Worksheet`) and, on its own page, the
 * answer key (`WorksheetKey`). The handout prints the sheet with the students' pages and the
 * key with the teacher's, so the students' copies are one run of pages.
 */
import './worksheet.css';
import { activities } from '@/content/activities';
import { story } from '@/content/story';
import { useBasemap } from '@/lib/basemap/use-basemap';
import { fitCamera } from '@/lib/geo/fit-camera';
import { StaticMap } from '@/lib/static-map/StaticMap';
import { useLang } from '@/lib/session/use-session';
import { say } from './activities-words';
import { chapterTitle } from './ChapterLink';
import { personName } from './MatchActivity';
import { mixed } from './score';

const letter = (i: number) => String.fromCharCode(65 + i);
const MAP = { width: 560, height: 300 };
/** The right-hand column of the matching exercise, mixed the same way on the sheet and in the key. */
const mixedDeeds = () => (activities.match ? mixed(activities.match.map((m) => m.character), 11) : []);

export function Worksheet({ basemapUrl }: { basemapUrl?: string }) {
  const lang = useLang();
  const basemap = useBasemap(basemapUrl);
  const { order, where, match } = activities;
  if (!order && !where && !match) return null;
  const mixedOrder = order ? mixed(order.map((e) => e.chapter)) : [];
  const deeds = mixedDeeds();
  const places = where ? where.choices.flatMap((id) => story.places.filter((p) => p.id === id)) : [];
  const camera = fitCamera(places.map((p) => p.coordinates), { ...MAP, padding: 70, maxZoom: 7 });
  const text = (id: string) => order?.find((e) => e.chapter === id)?.text[lang] ?? id;
  return (
    <div className="worksheet" lang={lang}>
      <section className="worksheet-sheet" aria-labelledby="worksheet-title">
        <h2 id="worksheet-title">{say('worksheet', lang)}: {story.settings.title[lang]}</h2>
        <p className="worksheet-name">{say('name', lang)}</p>
        {order && (
          <>
            <h3>{say('orderTitle', lang)}</h3>
            <p>{say('orderPaper', lang, { total: order.length })}</p>
            <ul className="worksheet-order">{mixedOrder.map((id) => <li key={id}><span className="worksheet-box" aria-hidden="true" /> {text(id)}</li>)}</ul>
          </>
        )}
        {where && camera && (
          <>
            <h3>{say('whereTitle', lang)}</h3>
            <p>{where.question[lang]} {say('wherePaper', lang)}</p>
            <div className="worksheet-map">
              <StaticMap basemap={basemap} center={camera.center} zoom={camera.zoom} {...MAP} label={say('whereMap', lang)} lang={lang}
                places={places.map((p) => ({ id: p.id, coordinates: p.coordinates, label: p.name[lang], approximate: p.approximate, active: false }))} />
            </div>
          </>
        )}
        {match && (
          <>
            <h3>{say('matchTitle', lang)}</h3>
            <p>{say('matchPaper', lang)}</p>
            <div className="worksheet-match">
              <ul>{match.map((m) => <li key={m.character}>____ {personName(m.character, lang)}</li>)}</ul>
              <ul>{deeds.map((d, i) => <li key={d}><strong>{letter(i)}.</strong> {match.find((m) => m.character === d)?.did[lang]}</li>)}</ul>
            </div>
          </>
        )}
      </section>
    </div>
  );
}

export function WorksheetKey() {
  const lang = useLang();
  const { order, where, match } = activities;
  if (!order && !where && !match) return null;
  const deeds = mixedDeeds();
  return (
    <div className="worksheet" lang={lang}>
      <section className="worksheet-key" aria-labelledby="worksheet-key-title">
        <h2 id="worksheet-key-title">{say('answerKey', lang)}</h2>
        {order && (
          <>
            <h3>{say('orderTitle', lang)}</h3>
            <ol>{order.map((e) => <li key={e.chapter}>{e.text[lang]} <em>({say('chapterRef', lang, { title: chapterTitle(e.chapter, lang) })})</em></li>)}</ol>
          </>
        )}
        {where && (
          <>
            <h3>{say('whereTitle', lang)}</h3>
            <p>{where.explanation[lang]} <em>({say('chapterRef', lang, { title: chapterTitle(where.chapter, lang) })})</em></p>
          </>
        )}
        {match && (
          <>
            <h3>{say('matchTitle', lang)}</h3>
            <ul>{match.map((m) => <li key={m.character}>{personName(m.character, lang)}: <strong>{letter(deeds.indexOf(m.character))}</strong> <em>({say('chapterRef', lang, { title: chapterTitle(m.chapter, lang) })})</em></li>)}</ul>
          </>
        )}
      </section>
    </div>
  );
}
