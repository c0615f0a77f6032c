import './handout.css';
/**
 * The whole story on paper for students: every chapter with a summary, a small map, its
 * discussion questions and comprehension questions to answer, then the cast and the glossary;
 * then the teacher's part (classroom notes, the answer key), each on a page of its own. Shown on screen (`?mode=handout`) and printed.
 */
import type { Lang } from '@/content/constants';
import { story } from '@/content/story';
import { journey } from '@/lib/journey';
import { classroomNotes } from '@/content/teaching';
import { CastList } from './CastList';
import { handoutMapView } from './handout-map';
import { HandoutChapter } from './HandoutChapter';
import { HandoutGlossary, HandoutKey } from './HandoutLanguage';
import { say } from './handout-strings';
import { useBasemap } from '@/lib/basemap/use-basemap';

interface Props {
  lang: Lang;
  basemapUrl: string;
}

export function Handout({ lang, basemapUrl }: Props) {
  const basemap = useBasemap(basemapUrl);
  const { settings, chapters } = story;
  return (
    <div className="handout" lang={lang}>
      <header className="handout-head">
        <p className="handout-kicker">{say('forStudents', lang)}</p>
        <h1>{settings.title[lang]}</h1>
        <p className="handout-subtitle">{settings.subtitle[lang]}</p>
        <p className="handout-premise">{settings.premise[lang]}</p>
        <p className="handout-note">{settings.approximateNote[lang]} (≈).</p>
      </header>
      {chapters.map((c, i) => {
        const view = handoutMapView(chapters, i, journey);
        return view && <HandoutChapter key={c.id} chapter={c} lang={lang} view={view} basemap={basemap} />;
      })}
      <CastList lang={lang} />
      <HandoutGlossary lang={lang} />
      {classroomNotes.length > 0 && (
        <section className="handout-teacher" aria-labelledby="handout-teacher">
          <h2 id="handout-teacher">{say('forTeachers', lang)}</h2>
          <ul>{classroomNotes.map((n) => <li key={n.en}>{n[lang]}</li>)}</ul>
        </section>
      )}
      <HandoutKey lang={lang} />
    </div>
  );
}
