import { expect, test, type Page } from '@playwright/test';
import { mapCanvas, mapSettled, meanLightness } from './support/map';
import { scrollToChapter } from './support/reading';
import { loadStory } from './support/story';

const story = loadStory();
const indexOf = (id: string) => story.chapters.findIndex((c) => c.id === id);
const night = story.chapters.find((c) => c.time === 'night')!;
const dayAfter = story.chapters.slice(night.index + 1).find((c) => c.time === 'day')!;
const visibleMoons = (page: Page) => page.locator('.map-moon').evaluateAll((moons) => moons.filter((m) => getComputedStyle(m).opacity !== '0').length);

test.use({ locale: 'en-US' });

/** The first map of a page: a large software-rendered canvas on a busy machine can take a while. */
async function firstMap(page: Page) {
  await expect(page.locator('.map-pane')).toHaveAttribute('data-map-state', 'ready', { timeout: 90_000 });
  await mapSettled(page);
}

/** Steps the slides forward (as a clicker does) to chapter `id`, and waits for the map to rest. */
async function slideTo(page: Page, id: string) {
  const target = indexOf(id);
  for (;;) {
    const now = Number(await page.getByRole('progressbar', { name: 'Presentation' }).getAttribute('aria-valuenow')) - 1;
    if (now === target) break;
    await page.keyboard.press(now < target ? 'ArrowRight' : 'ArrowLeft');
  }
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(story.chapters[target]!.title.en);
  await mapSettled(page);
}

for (const [width, height] of [[1920, 1080], [1024, 768]] as const) {
  test(`present mode at ${width}×${height} frames every place of a chapter beside the slide card, not under it`, async ({ page }) => {
    test.slow(); // four flights on a software-rendered map
    await page.setViewportSize({ width, height });
    const chapters = ['birthday-call', 'the-crossing', 'tucson', 'the-corner'];
    await page.goto(`/?mode=present&lang=en#${chapters[0]}`);
    await firstMap(page);
    for (const id of chapters) {
      await slideTo(page, id);
      const card = (await page.locator('.slide').boundingBox())!;
      const controls = (await page.locator('.map-controls').boundingBox())!;
      for (const place of story.chapters[indexOf(id)]!.places) {
        const dot = (await page.locator(`.place-marker[data-place="${place}"] .place-dot`).boundingBox())!;
        const [x, y] = [dot.x + dot.width / 2, dot.y + dot.height / 2];
        const where = `${place} in ${id} at (${Math.round(x)}, ${Math.round(y)})`;
        expect(x, `${where}: right of the slide card (${Math.round(card.x + card.width)})`).toBeGreaterThan(card.x + card.width);
        expect(x, `${where}: on screen`).toBeLessThan(width);
        expect(y, `${where}: below the top`).toBeGreaterThan(0);
        expect(y, `${where}: above the legend (${Math.round(controls.y)})`).toBeLessThan(controls.y);
      }
    }
    // Projector scale: the chapter's place name and the map's text read from the back of a room.
    const label = page.locator('.place-marker.is-active .place-label').first();
    expect(parseFloat(await label.evaluate((el) => getComputedStyle(el).fontSize))).toBeGreaterThanOrEqual(22);
  });
}

test('a night chapter draws the map at night under one moon, and a day chapter by day (reading)', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`/?lang=en#${night.id}`);
  await firstMap(page);
  await expect.poll(() => meanLightness(page, mapCanvas(page).locator('canvas'))).toBeLessThan(0.4);
  expect(await visibleMoons(page)).toBe(1);
  await scrollToChapter(page, dayAfter.id);
  await mapSettled(page);
  await expect.poll(() => meanLightness(page, mapCanvas(page).locator('canvas'))).toBeGreaterThan(0.6);
  await expect.poll(() => visibleMoons(page)).toBe(0);
});

test('present mode draws a night chapter at night and the next day chapter by day', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(`/?mode=present&lang=en#${night.id}`);
  await firstMap(page);
  const map = page.locator('.deck-map canvas');
  await expect.poll(() => meanLightness(page, map)).toBeLessThan(0.4);
  expect(await visibleMoons(page)).toBe(1);
  await slideTo(page, dayAfter.id);
  await expect.poll(() => meanLightness(page, map)).toBeGreaterThan(0.6);
});
