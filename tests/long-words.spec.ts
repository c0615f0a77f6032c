/**
 * A 92-character URL in a chapter breaks where it must: no sideways scroll on a 320 px phone
 * in any mode, and a handout printed at full size (review D7).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { buildFixtureVariant, hostPort } from './support/builds';
import { startStaticHost, type StaticHost } from './support/static-server';

// No hyphen or space: nothing a browser would break at by itself.
const WORD = `https://example.org/${'faro'.repeat(18)}`;
const TITLE = 'The cat at the harbour';

// One build and one host for the whole file: its tests run in order in one worker.
test.describe.configure({ mode: 'default' });

let host: StaticHost;
test.beforeAll(async () => {
  test.setTimeout(90_000);
  expect(WORD).toHaveLength(92);
  const site = buildFixtureVariant('long-words', (dir) => {
    const file = join(dir, 'chapters/01-harbour-start.md');
    const text = readFileSync(file, 'utf8')
      .replace('piensa en su faro.', `piensa en su faro: ${WORD}`)
      .replace('thinks of her lighthouse.', `thinks of her lighthouse: ${WORD}`);
    writeFileSync(file, text);
  });
  host = await startStaticHost(hostPort(4), { '/': site });
});
test.afterAll(async () => host?.close());
test.use({ viewport: { width: 320, height: 640 }, serviceWorkers: 'block' });

/** The page does not scroll sideways, and the box holding the word fits inside its own width. */
async function fits(page: Page, holder: Locator): Promise<void> {
  await expect(holder).toContainText(WORD.slice(0, 30));
  const sideways = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(sideways, 'sideways scroll in px').toBeLessThanOrEqual(0);
  const overflow = await holder.evaluate((el) => el.scrollWidth - el.clientWidth);
  expect(overflow, 'text sticking out of its box in px').toBeLessThanOrEqual(0);
  // Polled: a slide enters sliding in from the right, and its first frame can come late.
  await expect.poll(() => holder.evaluate((el) => el.getBoundingClientRect().right), { message: 'right edge of the box in px' })
    .toBeLessThanOrEqual(page.viewportSize()!.width);
}

for (const lang of ['en', 'es'] as const) {
  test(`reading (${lang}) at 320 px`, async ({ page }) => {
    await page.goto(`${host.origin}/?lang=${lang}`);
    await fits(page, page.locator('section#harbour-start .chapter-body, section#harbour-start p').filter({ hasText: 'https://' }).last());
  });
}

test('embed at 320 px', async ({ page }) => {
  await page.goto(`${host.origin}/?embed=1&layout=scroll&lang=en`);
  await fits(page, page.locator('section#harbour-start p').filter({ hasText: 'https://' }).last());
});

test('slides at 320 px', async ({ page }) => {
  await page.goto(`${host.origin}/?mode=present&lang=en`);
  await expect(page.locator('#slide-title')).toHaveText(TITLE);
  await fits(page, page.locator('.slide-text'));
});

test('handout at 320 px, and printed on A4 at full size', async ({ page }) => {
  await page.goto(`${host.origin}/?mode=handout&lang=en`);
  const chapter = page.locator('.handout-chapter').filter({ hasText: TITLE });
  await fits(page, chapter.locator('p').filter({ hasText: 'https://' }).last());
  // A4 at 96 px per inch is 794 px wide: wider content would make the browser shrink the print.
  await page.setViewportSize({ width: 794, height: 1123 });
  await page.emulateMedia({ media: 'print' });
  await fits(page, chapter.locator('p').filter({ hasText: 'https://' }).last());
});
