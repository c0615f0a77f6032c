/**
 * The week between two Sundays as the reader is at it: which story day a chapter is on,
 * which days are behind, and the call the journey races against. Pure.
 */
import { DAYS, type Day } from '@/content/constants';
import type { Call } from '@/content/schema';
import type { Chapter } from '@/content/story-types';

export type DayState = 'past' | 'current' | 'future';

export interface WeekDay {
  day: Day;
  state: DayState;
  /** The call on this day, if the story has one. */
  call: Call | null;
  /** The last call of the story: the Sunday the whole journey races towards. */
  goal: boolean;
  /** The reader's day, when the story only infers it (the sources do not state it). */
  approximate: boolean;
}

/**
 * The story day at chapter `index`: the chapter's own day, else the last day named by a
 * chapter before it (an epilogue keeps the week where the story left it); `null` before
 * any chapter with a day (the cover is −1).
 */
export function storyDayAt(chapters: readonly Chapter[], index: number): Day | null {
  return dayChapterAt(chapters, index)?.day ?? null;
}

/** The chapter at or before `index` that names the story day. */
function dayChapterAt(chapters: readonly Chapter[], index: number): Chapter | null {
  for (let i = Math.min(index, chapters.length - 1); i >= 0; i--) {
    const chapter = chapters[i];
    if (chapter?.day) return chapter;
  }
  return null;
}

/** Every day of the story week, marked past / current / future for the reader at chapter `index`. */
export function weekState(chapters: readonly Chapter[], index: number, calls: readonly Call[]): WeekDay[] {
  const source = dayChapterAt(chapters, index);
  const today = source?.day ?? null;
  const at = today ? DAYS.indexOf(today) : -1;
  const goal = calls.at(-1)?.day ?? null;
  return DAYS.map((day, i) => ({
    day,
    state: i < at ? 'past' : i === at ? 'current' : 'future',
    call: calls.find((c) => c.day === day) ?? null,
    goal: day === goal,
    approximate: i === at && (source?.dayApproximate ?? false),
  }));
}
