/** The activities page (`?mode=activities`): order the week, find the place, match the people. */
import '@/features/activities/activities.css';
import '@/features/teach/teach.css';
import { activities } from '@/content/activities';
import { MatchActivity } from '@/features/activities/MatchActivity';
import { OrderActivity } from '@/features/activities/OrderActivity';
import { WhereActivity } from '@/features/activities/WhereActivity';
import { say } from '@/features/activities/activities-words';
import { useLang } from '@/lib/session/use-session';
import { PageView } from './PageView';

export function ActivitiesView() {
  const lang = useLang();
  const { order, where, match } = activities;
  return (
    <PageView title={say('title', lang)} backLabel={say('back', lang)}>
      <main className="teach-guide" lang={lang}>
        <h1>{say('title', lang)}</h1>
        <p>{order || where || match ? say('intro', lang) : say('none', lang)}</p>
        {/* key: a new language starts the activities afresh, in that language */}
        {order && <OrderActivity key={`order-${lang}`} events={order} />}
        {where && <WhereActivity key={`where-${lang}`} where={where} />}
        {match && <MatchActivity key={`match-${lang}`} pairs={match} />}
      </main>
    </PageView>
  );
}
