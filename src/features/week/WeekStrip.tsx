/** The days from one Sunday to the next: the ones behind, the chapter's day, the call days. */
import type { Lang } from '@/content/schema';
import { formatClockTime } from '@/lib/i18n/format-time';
import { t } from '@/lib/i18n/ui-strings';
import { fill, weekWords as w } from './week-words';
import type { WeekDay } from './week-state';
import { useLang } from '@/lib/session/use-session';

function spoken(d: WeekDay, lang: Lang): string {
  const parts = [t(d.day, lang)];
  if (d.state !== 'future') parts.push(w[d.state][lang]);
  if (d.approximate) parts.push(w.approximate[lang]);
  if (d.call) parts.push(fill(w.call[lang], { time: formatClockTime(d.call.time, lang) }));
  if (d.goal) parts.push(w.goalLong[lang]);
  return parts.join(', ');
}

export function WeekStrip({ week }: { week: readonly WeekDay[] }) {
  const lang = useLang();
  return (
    <ol className="week-strip" aria-label={w.label[lang]}>
      {week.map((d) => (
        <li
          key={d.day}
          className={`week-day is-${d.state}${d.goal ? ' is-goal' : ''}${d.approximate ? ' is-approximate' : ''}`}
          aria-current={d.state === 'current' ? 'date' : undefined}
        >
          <span className="week-day-short" aria-hidden="true">
            {d.approximate && <span className="week-day-approx">≈</span>}
            {w.short[d.day][lang]}
            {d.call && <span className="week-day-call"> ☎</span>}
          </span>
          <span className="visually-hidden">{spoken(d, lang)}</span>
        </li>
      ))}
    </ol>
  );
}
