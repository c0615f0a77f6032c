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

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });
  test("the still map's note and the map's one control sit clear of each other", async ({ page }) => {
    await page.goto('/?lang=es');
    const note = page.getByRole('note').filter({ hasText: 'mapa fijo' });
    const toggle = page.getByRole('button', { name: 'Opciones del mapa' });
    await expect(note).toBeVisible();
    await expect(toggle).toBeVisible();
    const [a, b] = [(await note.boundingBox())!, (await toggle.boundingBox())!];
    const apart = a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
    expect(apart, `note ${JSON.stringify(a)} and control ${JSON.stringify(b)} overlap`).toBe(true);
  });
});
