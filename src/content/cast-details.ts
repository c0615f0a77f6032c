/**
 * Who each person is (role, relationship) and the note on who plays them: only the cast panel
 * and the handout show it, both loaded on first use, so a reader's first load never carries it.
 */
import raw from 'virtual:story-cast';
import type { CastDetails } from './story-types';
import { deepFreeze } from './story';

const details: Readonly<Record<string, CastDetails>> = deepFreeze(raw);
const NONE: CastDetails = Object.freeze({ role: { es: '', en: '' }, relationship: { es: '', en: '' } });

export const castDetails = (characterId: string): CastDetails => details[characterId] ?? NONE;
