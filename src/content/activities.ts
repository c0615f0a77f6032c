/** The story's activities (story/activities.yaml), frozen. Imported only by code loaded on first use. */
import raw from 'virtual:story-activities';
import type { Activities } from './activities-schema';
import { deepFreeze } from './story';

export type { Activities };
export const activities: Readonly<Activities> = deepFreeze(raw);
