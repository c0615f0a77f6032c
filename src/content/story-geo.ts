/**
 * The map's own story data: the gazetteer (real towns, roads, rivers the chapters name) and the
 * drawn plans of invented places. Imported only by the map's code (the live map, the still map,
 * the handout), which loads after the first chapter's text, so a reader's first load never
 * carries it.
 */
import raw from 'virtual:story-geo';
import type { StoryGeo } from './story-types';
import { deepFreeze } from './story';

const geo: StoryGeo = deepFreeze(raw);

export const gazetteer = geo.gazetteer;
export const plans = geo.plans;
