/**
 * The page for teachers (`?mode=teach`): presenting, printing, offline use, embedding, the
 * story's classroom-safety notes and how long each part takes. Loaded on first use.
 */
import './teach.css';
import { useId, type ReactNode } from 'react';
import { activities } from '@/content/activities';
import { story } from '@/content/story';
import { classroomNotes, teachingFor } from '@/content/teaching';
import { useLang } from '@/lib/session/use-session';
import { classTimes } from './class-time';
import { say, type TeachWord } from './teach-words';

const KEYS: [string, TeachWord][] = [
  ['→ ↓ Space PageDown', 'kNext'],
  ['← ↑ PageUp', 'kPrev'],
  ['Home / End', 'kEnds'],
  ['B .', 'kBlank'],
  ['F', 'kFull'],
  ['O', 'kOverview'],
  ['S', 'kPresenter'],
  ['K', 'kKiosk'],
  ['Esc', 'kExit'],
];

function Part({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="teach-part" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

export function TeacherGuide({ activitiesLink }: { activitiesLink: ReactNode }) {
  const lang = useLang();
  const base = useId();
  const questions = story.chapters.reduce((n, c) => n + teachingFor(c.id).questions.length, 0);
  const activityCount = [activities.order, activities.where, activities.match].filter(Boolean).length;
  const times = classTimes(story.chapters.map((c) => c.body[lang]), questions, activityCount);
  const rows: [string, number][] = [
    [say('tSafety', lang), 5],
    [say('tRead', lang), times.read],
    [say('tPresent', lang), times.present],
    [say('tDiscuss', lang, { n: questions }), times.discuss],
    ...(activityCount ? ([[say('tActivities', lang), times.activities], [say('tWorksheet', lang), times.worksheet]] as [string, number][]) : []),
  ];
  return (
    <div className="teach-guide" lang={lang}>
      <h1>{say('title', lang)}</h1>
      <p className="teach-intro">{say('intro', lang)}</p>
      {activityCount > 0 && <p>{activitiesLink}</p>}
      <Part id={`${base}-safety`} title={say('safetyTitle', lang)}>
        <p>{say('safetyIntro', lang)}</p>
        <ul>{classroomNotes.map((note) => <li key={note.en}>{note[lang]}</li>)}</ul>
      </Part>
      <Part id={`${base}-present`} title={say('presentTitle', lang)}>
        <p>{say('presentIntro', lang)}</p>
        <table className="teach-table">
          <caption>{say('keysCaption', lang)}</caption>
          <thead><tr><th scope="col">{say('key', lang)}</th><th scope="col">{say('does', lang)}</th></tr></thead>
          <tbody>{KEYS.map(([keys, what]) => <tr key={what}><td><kbd>{keys}</kbd></td><td>{say(what, lang)}</td></tr>)}</tbody>
        </table>
        <h3>{say('presenterTitle', lang)}</h3>
        <p>{say('presenterText', lang)}</p>
        <p>{say('popupText', lang)}</p>
        <p>{say('kioskText', lang)}</p>
      </Part>
      <Part id={`${base}-print`} title={say('printTitle', lang)}>
        <p>{say('printText', lang)}</p>
        <p>{say('keyText', lang)}</p>
      </Part>
      <Part id={`${base}-offline`} title={say('offlineTitle', lang)}>
        <p>{say('offlineText', lang)}</p>
      </Part>
      <Part id={`${base}-embed`} title={say('embedTitle', lang)}>
        <p>{say('embedText', lang)}</p>
      </Part>
      <Part id={`${base}-time`} title={say('timeTitle', lang)}>
        <table className="teach-table">
          <caption>{say('timeCaption', lang)}</caption>
          <thead><tr><th scope="col">{say('part', lang)}</th><th scope="col">{say('minutes', lang)}</th></tr></thead>
          <tbody>{rows.map(([part, min]) => <tr key={part}><td>{part}</td><td>{min}</td></tr>)}</tbody>
        </table>
        <p>{say('timeNote', lang)}</p>
      </Part>
    </div>
  );
}
