/**
 * Every real place a chapter's text names is written on that chapter's map, as MapLibre placed
 * it after collision detection (the map element lists the names it drew in data-labels): not
 * only in view, but not dropped for a marker, a story place's name or the edge of the map.
 * Chapters alternate between the two languages; cameras jump (reduced motion) so each settles fast.
 */
import { expect, test } from '@playwright/test';
import { namesInScene } from '../src/content/gazetteer-names.ts';
import { PLAN_MIN_ZOOM } from '../src/lib/plans/plan-geometry.ts';
import { mapCanvas, mapSettled } from './support/map';
import { loadStory } from './support/story';

const story = loadStory();
const scenes = story.chapters.map((c) => {
  const plan = c.camera.zoom >= PLAN_MIN_ZOOM ? story.plans.find((p) => c.places.includes(p.place)) : undefined;
  return { id: c.id, names: namesInScene(c, story.gazetteer, plan?.caption) };
}).filter((s) => s.names.length > 0);

test.use({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });

for (const [n, lang] of (['en', 'es'] as const).entries()) {
  test(`each chapter's map writes the places its text names (${lang})`, async ({ page }) => {
    const mine = scenes.filter((_, i) => i % 2 === n);
    expect(mine.length).toBeGreaterThan(4);
    await page.goto(`/?lang=${lang}#${mine[0]!.id}`);
    for (const scene of mine) {
      await page.goto(`/?lang=${lang}#${scene.id}`);
      await expect(mapCanvas(page)).toHaveAttribute('data-camera', /.+/);
      await mapSettled(page);
      const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      for (const entry of scene.names) {
        await expect(mapCanvas(page), `${scene.id}: ${entry.name[lang]}`).toHaveAttribute('data-labels', new RegExp(`(^|\\|)${escape(entry.name[lang])}(\\||$)`));
      }
    }
  });
}
