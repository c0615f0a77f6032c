import { expect, test } from '@playwright/test';
import { loadStory } from './support/story';
import { currentChapter, scrollSettled, scrollToChapter } from './support/reading';
import { withoutWebGL } from './support/no-webgl';

const story = loadStory();
const [first, second] = story.chapters;
const last = story.chapters.at(-1)!;

test.use({ locale: 'en-US' });

// Not a test of the WebGL map (map.spec is): the still map stands in, at a fraction of the CPU.
test.beforeEach(({ page }) => withoutWebGL(page));

test('the page renders every chapter from the story data, in order, with real headings', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(story.settings.title.en);
  const headings = page.locator('section[data-chapter] h2');
  await expect(headings).toHaveText(story.chapters.map((c) => c.title.en));
});

test('scrolling marks the chapter in view as the current step and moves the progress', async ({ page }) => {
  await page.goto('/');
  await expect(currentChapter(page)).toHaveCount(0);
  await scrollToChapter(page, second!.id);
  await expect(currentChapter(page)).toHaveCount(1);
  await expect(page.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '2');
  await scrollToChapter(page, last.id);
  await expect(page.getByRole('progressbar')).toHaveAttribute('aria-valuenow', String(story.chapters.length));
});

test('the progress bar fills by whole pixels, so a scrolled frame that would move it by less draws nothing', async ({ page }) => {
  await page.goto('/');
  await scrollToChapter(page, second!.id);
  const fill = page.locator('.progress-fill');
  const width = async () => fill.evaluate((el) => el.getBoundingClientRect().width * devicePixelRatio);
  await expect.poll(width).toBeGreaterThan(0);
  const start = await width();
  const seen: number[] = [];
  await page.mouse.move(200, 400);
  for (let i = 0; i < 8; i++) {
    await page.mouse.wheel(0, 37);
    seen.push(await width());
  }
  // Whatever the moment it is read at, the fill ends on a device pixel of the bar.
  for (const px of seen) expect(Math.abs(px - Math.round(px)), `${px} device px`).toBeLessThan(0.02);
  await expect.poll(width, { message: 'the fill still follows the scroll' }).toBeGreaterThan(start);
  await expect(fill).toBeVisible();
});

test('the hash follows the reader without adding history entries', async ({ page }) => {
  await page.goto('/');
  const before = await page.evaluate(() => history.length);
  await scrollToChapter(page, second!.id);
  await expect(page).toHaveURL(new RegExp(`#${second!.id}$`));
  await scrollToChapter(page, last.id);
  await expect(page).toHaveURL(new RegExp(`#${last.id}$`));
  expect(await page.evaluate(() => history.length)).toBe(before);
});

test('a #chapter deep link opens at that chapter, its title whole below the week bar once the page has settled', async ({ page }) => {
  await page.goto(`/#${last.id}`);
  await expect(page.locator(`section#${last.id}`)).toHaveAttribute('aria-current', 'step');
  await expect(page.locator(`section#${last.id} h2`)).toBeInViewport();
  // A chapter in the middle, after the language kit has added questions to every chapter.
  const middle = story.chapters[story.chapters.length >> 1]!;
  await page.goto(`/?lang=en#${middle.id}`);
  await expect(page.locator(`section#${middle.id} .chapter-study`)).toBeAttached({ timeout: 60_000 });
  await scrollSettled(page);
  const title = await page.locator(`section#${middle.id} h2`).boundingBox();
  const bar = await page.locator('.week-bar').boundingBox();
  expect(title!.y, 'the title starts below the week bar').toBeGreaterThanOrEqual(bar!.y + bar!.height);
  await expect(page.locator(`section#${middle.id} h2`)).toBeInViewport({ ratio: 1 });
});

test('a deep link stays at its chapter however long the page takes to settle, until the reader moves', async ({ page }) => {
  // The reading font is held back until after every timer of the first seconds has run (the
  // clock is fast-forwarded): then it arrives, and the text above the chapter reflows.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/literata[^/]*\.woff2?$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.clock.install();
  const middle = story.chapters[story.chapters.length >> 1]!;
  const section = page.locator(`section#${middle.id}`);
  await page.goto(`/?lang=en#${middle.id}`);
  await expect(section.locator('.chapter-study')).toBeAttached({ timeout: 60_000 }); // the language kit is in
  await expect(section).toHaveAttribute('aria-current', 'step');
  await page.clock.runFor(10_000);
  release();
  await page.waitForFunction(() => [...document.fonts].some((f) => /literata/i.test(f.family) && f.status === 'loaded'));
  await page.clock.runFor(1_000);
  await expect(section).toHaveAttribute('aria-current', 'step');
  await expect(section.locator('h2')).toBeInViewport({ ratio: 1 });
});

test('?lang=es shows the story in Spanish and sets the page language', async ({ page }) => {
  await page.goto('/?lang=es');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(story.settings.title.es);
  await expect(page.locator(`section#${first!.id} h2`)).toHaveText(first!.title.es);
});

test('the language switch changes language in place, keeps the chapter, and is remembered', async ({ page }) => {
  await page.goto('/');
  await scrollToChapter(page, second!.id);
  await page.getByRole('button', { name: 'Leer en español' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.locator(`section#${second!.id} h2`)).toHaveText(second!.title.es);
  await expect(page.locator(`section#${second!.id}`)).toHaveAttribute('aria-current', 'step');
  await expect(page.locator(`section#${second!.id} h2`)).toBeInViewport();
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(story.settings.title.es);
});
