/**
 * The presenter's own window: what the class sees, the notes and questions for it, what comes
 * next, and a timer. Driving it moves the projector too.
 */
import type { ReactNode } from 'react';
import type { Chapter } from '@/content/story-types';
import { threadName } from '@/content/story';
import type { DeckCommand } from './deck-input';
import { formatElapsed } from './elapsed';
import { say } from './present-strings';
import { slideText } from '@/content/slides';
import { useStopwatch } from './use-stopwatch';
import { classroomNotes, teachingFor } from '@/content/teaching';
import { useLang } from '@/lib/session/use-session';
import { comprehensionFor } from '@/content/language';
import { StoryDay } from '@/lib/i18n/StoryDay';

interface Props {
  chapter: Chapter;
  next: Chapter | undefined;
  index: number;
  total: number;
  blank: boolean;
  run: (command: DeckCommand) => void;
  /** The language switch, composed by the app. */
  children?: ReactNode;
}

function Timer() {
  const lang = useLang();
  const watch = useStopwatch();
  return (
    <div className="presenter-timer" role="group" aria-label={say('timer', lang)}>
      <span className="presenter-time" role="timer" aria-label={say('timer', lang)}>{formatElapsed(watch.ms)}</span>
      <button type="button" onClick={watch.toggle}>{say(watch.running ? 'pause' : 'resume', lang)}</button>
      <button type="button" onClick={watch.reset}>{say('reset', lang)}</button>
    </div>
  );
}

export function PresenterPanel({ chapter, next, index, total, blank, run, children }: Props) {
  const lang = useLang();
  const { notes: allNotes, questions } = teachingFor(chapter.id);
  const notes = allNotes?.[lang];
  return (
    <div className="presenter" lang={lang}>
      <header className="presenter-head">
        <p className="presenter-counter">{say('slideOf', lang, { n: index + 1, total })}</p>
        {blank && <p className="presenter-blank" role="status">{say('screenIsBlank', lang)}</p>}
        <Timer />
        {children}
      </header>
      <main className="presenter-main">
        <section className="presenter-current" aria-labelledby="presenter-title">
          <p className="slide-meta">
            {threadName(chapter.thread, lang)}
            {chapter.day && <> · <StoryDay chapter={chapter} className="slide-day" /></>}
          </p>
          <h1 id="presenter-title">{chapter.title[lang]}</h1>
          <p className="presenter-onscreen"><span>{say('onScreen', lang)}:</span> {slideText(chapter, lang)}</p>
          {classroomNotes.length > 0 && (
            // Open on the first slide, where a teacher prepares; one click away on every other.
            <details className="presenter-classroom" open={index === 0}>
              <summary>{say('classroom', lang)}</summary>
              <ul>{classroomNotes.map((n) => <li key={n.en}>{n[lang]}</li>)}</ul>
            </details>
          )}
          <h2>{say('notes', lang)}</h2>
          <p className="presenter-notes">{notes ?? say('noNotes', lang)}</p>
          <h2>{say('questions', lang)}</h2>
          {questions.length > 0 ? (
            <ol className="presenter-questions">{questions.map((q) => <li key={q.en}>{q[lang]}</li>)}</ol>
          ) : (
            <p>{say('noQuestions', lang)}</p>
          )}
          {comprehensionFor(chapter.id).length > 0 && (
            <>
              <h2>{say('comprehension', lang)}</h2>
              <ol className="presenter-comprehension">
                {comprehensionFor(chapter.id).map((c) => (
                  <li key={c.q.en}>{c.q[lang]} <strong>{say('answer', lang)}:</strong> {c.a[lang]}</li>
                ))}
              </ol>
            </>
          )}
        </section>
        <aside className="presenter-side" aria-label={say('upNext', lang)}>
          <h2>{say('upNext', lang)}</h2>
          <p className="presenter-next">{next ? next.title[lang] : say('end', lang)}</p>
          <div className="presenter-nav" role="toolbar" aria-label={say('controls', lang)}>
            <button type="button" onClick={() => run({ type: 'prev' })} disabled={index <= 0} aria-keyshortcuts="ArrowLeft PageUp">{say('previous', lang)}</button>
            <button type="button" onClick={() => run({ type: 'next' })} disabled={index >= total - 1} aria-keyshortcuts="ArrowRight PageDown Space">{say('next', lang)}</button>
            <button type="button" onClick={() => run({ type: 'toggleBlank' })} aria-pressed={blank} aria-keyshortcuts="B">{say('blank', lang)}</button>
          </div>
          <p className="deck-keys">{say('presenterKeysHelp', lang)}</p>
        </aside>
      </main>
    </div>
  );
}
