/**
 * `story/activities.yaml`: activities students check themselves (order the week, find a place
 * on the map, match people to what they did). Optional: a story without the file has none.
 * Checked at build time like the rest of the story, cross-references included.
 */
import { z } from 'zod';
import { bilingual, slug } from './schema.ts';
import type { Story } from './story-types.ts';

const orderEvent = z.strictObject({ chapter: slug, text: bilingual });
const where = z.strictObject({
  question: bilingual,
  answer: slug,
  choices: z.array(slug).min(2, 'expected at least two places to choose from'),
  chapter: slug,
  explanation: bilingual,
});
const matchPair = z.strictObject({ character: slug, chapter: slug, did: bilingual });

export const activitiesSchema = z.strictObject({
  order: z.array(orderEvent).min(3, 'expected at least three events to put in order').optional(),
  where: where.optional(),
  match: z.array(matchPair).min(2, 'expected at least two people to match').optional(),
});
export type Activities = z.infer<typeof activitiesSchema>;

/** Problems with the activities' references to the story, each as `field: message`. */
export function checkActivityReferences(a: Activities, story: Pick<Story, 'chapters' | 'places' | 'characters'>): string[] {
  const chapters = new Set(story.chapters.map((c) => c.id));
  const places = new Set(story.places.map((p) => p.id));
  const people = new Set(story.characters.map((c) => c.id));
  const issues: string[] = [];
  const need = (set: Set<string>, id: string, field: string, kind: string) => {
    if (!set.has(id)) issues.push(`${field}: no ${kind} "${id}"`);
  };
  a.order?.forEach((e, i) => need(chapters, e.chapter, `order[${i}].chapter`, 'chapter'));
  if (a.where) {
    need(chapters, a.where.chapter, 'where.chapter', 'chapter');
    need(places, a.where.answer, 'where.answer', 'place');
    a.where.choices.forEach((p, i) => need(places, p, `where.choices[${i}]`, 'place'));
    if (!a.where.choices.includes(a.where.answer)) issues.push(`where.choices: must include the answer "${a.where.answer}"`);
  }
  a.match?.forEach((m, i) => {
    need(people, m.character, `match[${i}].character`, 'character');
    need(chapters, m.chapter, `match[${i}].chapter`, 'chapter');
  });
  const matched = a.match?.map((m) => m.character) ?? [];
  if (new Set(matched).size !== matched.length) issues.push('match: each character may appear only once');
  return issues;
}
