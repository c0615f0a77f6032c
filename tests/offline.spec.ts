import { expect, test } from '@playwright/test';
import { mapSettled } from './support/map';
import { loadStory } from './support/story';

const story = loadStory();
const later = story.chapters[Math.floor(story.chapters.length / 2)]!;

test('once loaded, the story keeps working offline, including a reload', async ({ page, context }) => {
  await page.goto('/?lang=en');
  await mapSettled(page);
  // The service worker has installed its cache and controls the page.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    }
  });
  await context.setOffline(true);
  await page.goto(`/?lang=es#${later.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(story.settings.title.es);
  await expect(page.locator(`section#${later.id}`)).toHaveAttribute('aria-current', 'step');
  await mapSettled(page);
  await context.setOffline(false);
});
