/** Match each person to what they did: one choice list per person, then Check. */
import { useId, useMemo, useState } from 'react';
import type { Activities } from '@/content/activities';
import type { Lang } from '@/content/constants';
import { story } from '@/content/story';
import { useLang } from '@/lib/session/use-session';
import { say } from './activities-words';
import { ChapterLink, chapterTitle } from './ChapterLink';
import { mixed, scoreMatch } from './score';

type Pairs = NonNullable<Activities['match']>;

export const personName = (id: string, lang: Lang): string => story.characters.find((c) => c.id === id)?.name[lang] ?? id;

export function MatchActivity({ pairs }: { pairs: Pairs }) {
  const lang = useLang();
  const people = pairs.map((p) => p.character);
  const deeds = useMemo(() => mixed(people, 11), [people]);
  const [chosen, setChosen] = useState<Record<string, string | undefined>>({});
  const [checked, setChecked] = useState(false);
  const headingId = useId();
  const deed = (id: string) => pairs.find((p) => p.character === id);
  const score = scoreMatch(chosen, people);
  return (
    <section className="activity" aria-labelledby={headingId}>
      <h2 id={headingId}>{say('matchTitle', lang)}</h2>
      <p>{say('matchHelp', lang)}</p>
      <ul className="match-list">
        {people.map((person) => {
          const state = checked ? (chosen[person] === person ? 'right' : 'wrong') : undefined;
          return (
            <li key={person} data-state={state}>
              <label>
                <span className="match-person">{personName(person, lang)}</span>
                <select value={chosen[person] ?? ''} onChange={(e) => {
                  setChosen((c) => ({ ...c, [person]: e.target.value || undefined }));
                  setChecked(false);
                }}>
                  <option value="">{say('choose', lang)}</option>
                  {deeds.map((d) => <option key={d} value={d}>{deed(d)?.did[lang]}</option>)}
                </select>
              </label>
              {state && <span className="visually-hidden"> ({say(state, lang)})</span>}
            </li>
          );
        })}
      </ul>
      <button type="button" className="activity-check" onClick={() => setChecked(true)}>{say('check', lang)}</button>
      {checked && (
        <div className="activity-result" role="status">
          <p className="activity-score">{say('matchScore', lang, { n: score, total: people.length })} {score === people.length && say('allRight', lang)}</p>
          {score < people.length && (
            <>
              <h3>{say('answers', lang)}</h3>
              <ul className="answer-list">
                {pairs.map((p) => (
                  <li key={p.character}>
                    <strong>{personName(p.character, lang)}</strong>: {p.did[lang]}{' '}
                    <ChapterLink id={p.chapter}>{say('readChapter', lang, { title: chapterTitle(p.chapter, lang) })}</ChapterLink>
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
    </section>
  );
}
