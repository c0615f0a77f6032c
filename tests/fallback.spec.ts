import { expect, test } from '@playwright/test';
import { collectPageErrors, readWholeStoryWithStillMap } from './support/fallback';
import { loadStory } from './support/story';

const story = loadStory();
// The offline service worker would serve the map library from its own cache, out of reach
// of page.route: this test is about a failed download, so it runs without it.
test.use({ serviceWorkers: 'block' });

test('when the map library fails to load, the story reads on with the still map, first chapter to last', async ({ page }) => {
  const errors = collectPageErrors(page);
  await page.route(/map-adapter-.*\.js$/, (route) => route.abort());
  await page.goto('/?lang=es');
  await expect(page.locator('.map-pane')).toHaveAttribute('data-map-state', 'failed');
  await expect(page.getByRole('note')).toContainText('mapa fijo');
  // The first, a middle and the last chapter: no-webgl.spec reads every one on the same still map.
  const { chapters } = story;
  await readWholeStoryWithStillMap(page, story, 'es', [chapters[0]!, chapters[chapters.length >> 1]!, chapters.at(-1)!]);
  await page.screenshot({ path: 'test-results/fallback.png' });
  expect(errors).toEqual([]);
});
