import { expect, test } from '@playwright/test';
import { chromiumLaunchOptions } from './support/browser';
import { collectPageErrors, readWholeStoryWithStillMap } from './support/fallback';
import { loadStory } from './support/story';

const story = loadStory();
const base = chromiumLaunchOptions();
test.use({ launchOptions: { ...base, args: [...(base.args ?? []), '--disable-webgl', '--disable-webgl2', '--disable-3d-apis'] } });

test('without WebGL the whole story still reads, with a still map per chapter and a note', async ({ page }) => {
  const errors = collectPageErrors(page);
  await page.goto('/?lang=en');
  expect(await page.evaluate(() => document.createElement('canvas').getContext('webgl'))).toBeNull();
  await expect(page.locator('.map-pane')).toHaveAttribute('data-map-state', 'failed');
  await expect(page.getByRole('note')).toContainText('cannot show the interactive map');
  await readWholeStoryWithStillMap(page, story, 'en');
  expect(errors).toEqual([]);
});
