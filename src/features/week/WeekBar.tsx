import './week.css';
/**
 * The race against Sunday, always in sight while reading: the story week (days behind,
 * the chapter's day, the calls) and how far apart mother and son still are.
 */
import type { MotionValue } from 'framer-motion';
import type { ReactNode } from 'react';
import { story } from '@/content/story';
import type { MeasuredRoute } from '@/lib/geo/route-measure';
import { formatClockTime } from '@/lib/i18n/format-time';
import { ApartMeter } from './ApartMeter';
import { weekWords as w } from './week-words';
import { weekState } from './week-state';
import { WeekStrip } from './WeekStrip';
import { useLang } from '@/lib/session/use-session';

interface Props {
  index: number;
  progress: MotionValue<number>;
  /** The measured journey line, for the distance between mother and son. */
  route: MeasuredRoute | null;
  /** What the page puts at the start of the bar's second line (e.g. a button on a phone). */
  children?: ReactNode;
}

export function WeekBar({ index, progress, route, children }: Props) {
  const lang = useLang();
  const week = weekState(story.chapters, index, story.calls);
  const goal = week.find((d) => d.goal);
  return (
    <div className="week-bar">
      <WeekStrip week={week} />
      <div className="week-bar-row">
        {children}
        {goal?.call && (
          <p className="week-goal" aria-hidden="true">
            <span className="week-goal-label">{w.goal[lang]}: </span>☎ {w.short[goal.day][lang]} {formatClockTime(goal.call.time, lang)}
          </p>
        )}
        <ApartMeter index={index} progress={progress} route={route} />
      </div>
    </div>
  );
}
