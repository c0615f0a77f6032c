/**
 * How long each part of a lesson takes, in minutes, from the story itself: reading aloud at a
 * classroom pace, one slide's talk per chapter, a few minutes per discussion question. Pure.
 */
import type { MdNode } from '@/content/markdown';

/** Words a class reads aloud in a minute (a slow, clear pace for a mixed-language room). */
export const READ_ALOUD_WPM = 120;
/** Minutes of talk per slide beyond reading it, and per discussion question. */
export const MINUTES_PER_SLIDE = 1;
export const MINUTES_PER_QUESTION = 2;
/** The activities on screen (order, map, match) and the worksheet on paper, minutes. */
export const ACTIVITY_MINUTES = { order: 5, where: 3, match: 5 } as const;
export const WORKSHEET_MINUTES = 15;

export function wordCount(nodes: readonly MdNode[]): number {
  let n = 0;
  const walk = (node: MdNode) => {
    if (node.type === 'text' || node.type === 'code') n += node.value.split(/\s+/).filter(Boolean).length;
    if ('children' in node) node.children.forEach(walk);
  };
  nodes.forEach(walk);
  return n;
}

export interface ClassTimes {
  /** Reading the whole story aloud. */
  read: number;
  /** Presenting it as slides, with a minute's talk each. */
  present: number;
  /** All the discussion questions. */
  discuss: number;
  /** The three activities on screen. */
  activities: number;
  worksheet: number;
}

/** Minutes, rounded up to 5, for a story of these chapter bodies and this many questions. */
export function classTimes(bodies: readonly (readonly MdNode[])[], questions: number, activityCount: number): ClassTimes {
  const up5 = (m: number) => Math.max(5, Math.ceil(m / 5) * 5);
  const read = bodies.reduce((sum, b) => sum + wordCount(b), 0) / READ_ALOUD_WPM;
  return {
    read: up5(read),
    present: up5(read + bodies.length * MINUTES_PER_SLIDE),
    discuss: up5(questions * MINUTES_PER_QUESTION),
    activities: activityCount ? up5(Object.values(ACTIVITY_MINUTES).reduce((a, b) => a + b, 0) * (activityCount / 3)) : 0,
    worksheet: WORKSHEET_MINUTES,
  };
}
