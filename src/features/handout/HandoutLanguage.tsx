/**
 * The language-class parts of the handout: a chapter's comprehension questions with room to
 * write (students), the whole glossary, and the answer key (the teacher's part, on its own page).
 */
import { comprehensionFor, glossaryFor } from '@/content/language';
import { story } from '@/content/story';
import { otherLang } from '@/lib/i18n/language';
import { useLang } from '@/lib/session/use-session';
import { say } from './handout-strings';

/** Lines to write an answer on, per question. */
const LINES = 2;

export function HandoutCheck({ chapterId }: { chapterId: string }) {
  const lang = useLang();
  const questions = comprehensionFor(chapterId);
  if (questions.length === 0) return null;
  return (
    <>
      <h3>{say('check', lang)}</h3>
      <ol className="handout-check">
        {questions.map((q) => (
          <li key={q.q.en}>
            {q.q[lang]}
            {Array.from({ length: LINES }, (_, i) => <span key={i} className="handout-write" aria-hidden="true" />)}
          </li>
        ))}
      </ol>
    </>
  );
}

export function HandoutGlossary() {
  const lang = useLang();
  const other = otherLang(lang);
  const chapters = story.chapters.filter((c) => glossaryFor(c.id).length > 0);
  if (chapters.length === 0) return null;
  return (
    <section className="handout-glossary" aria-labelledby="handout-glossary-title">
      <h2 id="handout-glossary-title">{say('glossary', lang)}</h2>
      <div className="handout-glossary-cols">
        {chapters.map((c) => (
          // Not a landmark: the answer key has a block of the same name for each chapter.
          <div key={c.id} className="handout-glossary-chapter">
            <h3>{say('chapter', lang, { n: c.index + 1 })}. {c.title[lang]}</h3>
            <dl>
              {glossaryFor(c.id).map((e) => (
                <div key={`${e.es}|${e.en}`}>
                  <dt lang={lang}>{e[lang]}</dt>
                  <dd lang={other}>{e[other]}{e.note && <span className="handout-gloss-note"> — {e.note[other]}</span>}</dd>
                </div>
              ))}
            </dl>
          </div>
        ))}
      </div>
    </section>
  );
}

export function HandoutKey() {
  const lang = useLang();
  const chapters = story.chapters.filter((c) => comprehensionFor(c.id).length > 0);
  if (chapters.length === 0) return null;
  return (
    <section className="handout-key" aria-labelledby="handout-key-title">
      <p className="handout-kicker">{say('forTeachers', lang)}</p>
      <h2 id="handout-key-title">{say('answerKey', lang)}</h2>
      {chapters.map((c) => (
        <div key={c.id}>
          <h3>{say('chapter', lang, { n: c.index + 1 })}. {c.title[lang]}</h3>
          <ol>{comprehensionFor(c.id).map((q) => <li key={q.q.en}>{q.q[lang]} <strong>{q.a[lang]}</strong></li>)}</ol>
        </div>
      ))}
    </section>
  );
}
