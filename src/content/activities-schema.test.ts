import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadActivities } from './activities-plugin';
import { activitiesSchema, checkActivityReferences } from './activities-schema';

const tiny = { chapters: [{ id: 'start' }], places: [{ id: 'harbour' }, { id: 'bay' }], characters: [{ id: 'keeper' }] } as never;
const text = { es: 'x', en: 'x' };

describe('story activities', () => {
  it('the story folder’s activities are valid and name only things the story has', () => {
    const result = loadActivities(resolve('story'));
    expect(result.ok ? [] : result.issues).toEqual([]);
    expect(result.ok && result.activities.order?.length).toBeGreaterThanOrEqual(3);
  });

  it('a story without activities.yaml has none, without error', () => {
    expect(loadActivities(resolve('tests/fixtures/tiny-story'))).toEqual({ ok: true, activities: {} });
  });

  it('names a chapter, place or character the story does not have, and an answer not among the choices', () => {
    const a = activitiesSchema.parse({
      order: [{ chapter: 'start', text }, { chapter: 'nowhere', text }, { chapter: 'start', text }],
      where: { question: text, answer: 'cave', choices: ['harbour', 'bay'], chapter: 'start', explanation: text },
      match: [{ character: 'ghost', chapter: 'start', did: text }, { character: 'keeper', chapter: 'start', did: text }],
    });
    expect(checkActivityReferences(a, tiny)).toEqual([
      'order[1].chapter: no chapter "nowhere"',
      'where.answer: no place "cave"',
      'where.choices: must include the answer "cave"',
      'match[0].character: no character "ghost"',
    ]);
  });

  it('asks for both languages in every text', () => {
    expect(activitiesSchema.safeParse({ order: [{ chapter: 'a', text: { es: 'x' } }] }).success).toBe(false);
  });
});
