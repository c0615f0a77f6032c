/**
 * `npm run package`'s single file, opened from disk the way a teacher opens it from a USB
 * stick or an LMS: no server, every network request refused.
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test } from '@playwright/test';
import { PORT } from './support/builds';
import { distinctColours, mapCanvas, mapSettled } from './support/map';
import { scrollSettled } from './support/reading';
import { loadStory } from './support/story';

const story = loadStory();
const chapters = story.chapters;
const dir = resolve(`dist-${PORT}-package`);
const page = pathToFileURL(resolve(dir, 'under-the-same-moon.html')).href;

test.use({ locale: 'en-US', viewport: { width: 1280, height: 720 } });

test.beforeAll(() => {
  test.setTimeout(240_000);
  execFileSync('npx', ['tsx', 'scripts/package.ts'], { env: { ...process.env, PACKAGE_DIR: dir }, stdio: 'pipe' });
});

test('the single file, opened from disk with the network blocked, reads to the end with the map drawn, presents and prints', async ({ browser }) => {
  const context = await browser.newContext();
  await context.route((url) => url.protocol !== 'file:', (route) => route.abort());
  await context.setOffline(true);
  const tab = await context.newPage();
  const errors: string[] = [];
  tab.on('pageerror', (e) => errors.push(e.message));
  tab.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') errors.push(m.text());
  });
  await tab.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
  });

  await tab.goto(`${page}?lang=en`);
  await mapSettled(tab);
  expect(await distinctColours(tab, mapCanvas(tab))).toBeGreaterThan(12); // land, sea, borders, route: not a blank canvas

  // Read to the end: the last chapter is current and the map has flown there and drawn it.
  await tab.keyboard.press('End');
  await scrollSettled(tab);
  const last = chapters.at(-1)!;
  await expect(tab.locator(`section#${last.id}`)).toHaveAttribute('aria-current', 'step');
  await mapSettled(tab);
  expect(await distinctColours(tab, mapCanvas(tab))).toBeGreaterThan(12);

  // Present a few slides.
  await tab.keyboard.press('Home');
  await tab.getByRole('button', { name: 'Present' }).click();
  await expect(tab.getByRole('heading', { level: 1 })).toHaveText(chapters[0]!.title.en);
  await tab.keyboard.press('ArrowRight');
  await tab.keyboard.press('ArrowRight');
  await expect(tab.getByRole('heading', { level: 1 })).toHaveText(chapters[2]!.title.en);
  await expect(tab).toHaveURL(/mode=present/);
  await mapSettled(tab);
  expect(await distinctColours(tab, mapCanvas(tab))).toBeGreaterThan(12);

  // The handout, with land in its still maps (the inlined basemap).
  await tab.keyboard.press('Escape');
  await tab.getByRole('button', { name: 'Handout' }).click();
  await expect(tab.getByRole('heading', { level: 1 })).toHaveText(story.settings.title.en);
  await expect(tab.getByRole('article')).toHaveCount(chapters.length);
  await expect(tab.getByRole('img', { name: /^Map: / }).first().locator('path[fill]').first()).toHaveAttribute('d', /M/);
  await expect(tab.getByRole('heading', { name: /^Worksheet: / })).toBeVisible();

  expect(errors).toEqual([]);
  await context.close();
});
