/**
 * Presenter notes and discussion questions, per chapter. Imported only by the presenter
 * window and the handout, so a reader's first load never carries them.
 */
import raw, { classroom as rawClassroom } from 'virtual:story-teaching';
import type { Bilingual } from './schema';
import type { Teaching } from './story-types';
import { deepFreeze } from './story';

const teaching: Readonly<Record<string, Teaching>> = deepFreeze(raw);
const NONE: Teaching = Object.freeze({ questions: [] });

export const teachingFor = (chapterId: string): Teaching => teaching[chapterId] ?? NONE;

/** Notes for teachers on the whole story: safety in a mixed-status classroom, legal accuracy. */
export const classroomNotes: readonly Bilingual[] = deepFreeze(rawClassroom);
