import './handout.css';
/**
 * The whole story on paper for students: every chapter with a summary, a small map, its
 * discussion questions and comprehension questions to answer, then the cast, the glossary and
 * the worksheet; then the teacher's part (classroom notes, the answer keys), each on a page of
 * its own. Students' pages come first and in one run, so a teacher prints them as one range. Shown on screen (`?mode=handout`) and printed.
 */
import type { ReactNode } from 'react';
import { story } from '@/content/story';
import { plans } from '@/content/story-geo';
import { journey } from '@/lib/journey';
import { classroomNotes } from '@/content/teaching';
import { handoutMapView, type HandoutMapIntent } from './handout-map';
import { HandoutChapter } from './HandoutChapter';
import { HandoutGlossary, HandoutKey } from './HandoutLanguage';
import { say } from './handout-strings';
import { useLang } from '@/lib/session/use-session';

interface Props {
  /** Draws a chapter's still map (the app gives the story map, so print shows what the screen shows). */
  renderMap: (intent: HandoutMapIntent) => ReactNode;
  /** Who is who, for the back page (composed by the app: the cast is another feature's). */
  cast?: ReactNode;
  /** The activities' worksheet, last of the students' pages, and its key, last of the teacher's (composed by the app). */
  worksheet?: ReactNode;
  worksheetKey?: ReactNode;
}

export function Handout({ renderMap, cast, worksheet, worksheetKey }: Props) {
  const lang = useLang();
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
        // A chapter at a place with a drawn plan prints it, at the chapter's own scale.
        const closeUp = plans.some((p) => c.places.includes(p.place));
        const view = handoutMapView(chapters, i, journey, closeUp);
        return view && <HandoutChapter key={c.id} chapter={c} view={view} renderMap={renderMap} />;
      })}
      {cast}
      <HandoutGlossary />
      {worksheet}
      {classroomNotes.length > 0 && (
        <section className="handout-teacher" aria-labelledby="handout-teacher">
          <h2 id="handout-teacher">{say('forTeachers', lang)}</h2>
          <ul>{classroomNotes.map((n) => <li key={n.en}>{n[lang]}</li>)}</ul>
        </section>
      )}
      <HandoutKey />
      {worksheetKey}
    </div>
  );
}
