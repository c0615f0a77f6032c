/** Put the week's events in order: Up/Down buttons (mouse, touch, keyboard), then Check. */
import { useId, useState } from 'react';
import type { Activities } from '@/content/activities';
import { useLang } from '@/lib/session/use-session';
import { say } from './activities-words';
import { ChapterLink, chapterTitle } from './ChapterLink';
import { mixed, moveItem, scoreOrder } from './score';

type Events = NonNullable<Activities['order']>;

export function OrderActivity({ events }: { events: Events }) {
  const lang = useLang();
  const right = events.map((e) => e.chapter);
  const [order, setOrder] = useState(() => mixed(right));
  const [checked, setChecked] = useState(false);
  const headingId = useId();
  const byId = (id: string) => events.find((e) => e.chapter === id);
  const move = (from: number, to: number) => {
    setOrder((o) => moveItem(o, from, to));
    setChecked(false);
  };
  const score = scoreOrder(order, right);
  return (
    <section className="activity" aria-labelledby={headingId}>
      <h2 id={headingId}>{say('orderTitle', lang)}</h2>
      <p>{say('orderHelp', lang)}</p>
      <ol className="order-list">
        {order.map((id, i) => {
          const text = byId(id)?.text[lang] ?? id;
          const state = checked ? (right[i] === id ? 'right' : 'wrong') : undefined;
          return (
            <li key={id} data-state={state}>
              <span className="order-text">{text}</span>
              {state && <span className="visually-hidden"> ({say(state, lang)})</span>}
              <span className="order-moves">
                <button type="button" onClick={() => move(i, i - 1)} disabled={i === 0} aria-label={say('moveUp', lang, { text })}>↑ {say('up', lang)}</button>
                <button type="button" onClick={() => move(i, i + 1)} disabled={i === order.length - 1} aria-label={say('moveDown', lang, { text })}>↓ {say('down', lang)}</button>
              </span>
            </li>
          );
        })}
      </ol>
      <button type="button" className="activity-check" onClick={() => setChecked(true)}>{say('check', lang)}</button>
      {checked && (
        <div className="activity-result" role="status">
          <p className="activity-score">{say('orderScore', lang, { n: score, total: right.length })} {score === right.length && say('allRight', lang)}</p>
          {score < right.length && (
            <>
              <h3>{say('rightOrder', lang)}</h3>
              <ol className="answer-list">
                {right.map((id) => (
                  <li key={id}>
                    {byId(id)?.text[lang]}{' '}
                    {order.indexOf(id) !== right.indexOf(id) && <em>({say('placedAt', lang, { n: order.indexOf(id) + 1 })})</em>}{' '}
                    <ChapterLink id={id}>{say('readChapter', lang, { title: chapterTitle(id, lang) })}</ChapterLink>
                  </li>
                ))}
              </ol>
            </>
          )}
        </div>
      )}
    </section>
  );
}
