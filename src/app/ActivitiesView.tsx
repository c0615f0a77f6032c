/** The activities page (`?mode=activities`): order the week, find the place, match the people. */
import '@/features/activities/activities.css';
import '@/features/teach/teach.css';
import { activities } from '@/content/activities';
import { MatchActivity } from '@/features/activities/MatchActivity';
import { OrderActivity } from '@/features/activities/OrderActivity';
import { WhereActivity } from '@/features/activities/WhereActivity';
import { say } from '@/features/activities/activities-words';
import { useLang, useSessionStore } from '@/lib/session/use-session';
import { LanguageSwitch } from './LanguageSwitch';
import { usePageTop } from './use-page-top';

export function ActivitiesView() {
  const store = useSessionStore();
  const lang = useLang();
  usePageTop(say('title', lang));
  const { order, where, match } = activities;
  return (
    <div className="page-view">
      <header className="page-view-bar">
        <button type="button" onClick={() => store.move({ type: 'setMode', mode: 'read' })}>{say('back', lang)}</button>
        <LanguageSwitch />
      </header>
      <main className="teach-guide" lang={lang}>
        <h1>{say('title', lang)}</h1>
        <p>{order || where || match ? say('intro', lang) : say('none', lang)}</p>
        {/* key: a new language starts the activities afresh, in that language */}
        {order && <OrderActivity key={`order-${lang}`} events={order} lang={lang} />}
        {where && <WhereActivity key={`where-${lang}`} where={where} lang={lang} />}
        {match && <MatchActivity key={`match-${lang}`} pairs={match} lang={lang} />}
      </main>
    </div>
  );
}
