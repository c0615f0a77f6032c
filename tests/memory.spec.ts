/**
 * Reading the story three times over holds no more memory than reading it once, give or take:
 * a leak of a couple of MB per pass shows by the third (five passes took two minutes of the suite;
 * `npm run bench` still measures the heap after five).
 */
import { expect, test, type Page } from '@playwright/test';
import { mapSettled } from './support/map';
import { scrollSettled } from './support/reading';

/** One pass: to the end and back, a screenful at a time, letting each frame render. */
async function readPass(page: Page): Promise<void> {
  const height = await page.evaluate(() => document.documentElement.scrollHeight - innerHeight);
  const steps = 10;
  for (const direction of [1, -1]) {
    for (let i = 1; i <= steps; i++) {
      const y = direction > 0 ? (height * i) / steps : height - (height * i) / steps;
      await page.evaluate((top) => window.scrollTo(0, top), y);
      await scrollSettled(page);
    }
  }
}

// A leak does not depend on the screen's size; the software-rendered map's cost does (by pixel).
test.use({ viewport: { width: 800, height: 500 } });

test('the JS heap after three passes through the story stays within a few MB of after one', async ({ page }) => {
  test.slow();
  await page.goto('/?lang=en');
  await mapSettled(page);
  const cdp = await page.context().newCDPSession(page);
  const heap = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };
  await readPass(page);
  const afterOne = await heap();
  for (let i = 0; i < 2; i++) await readPass(page);
  const afterThree = await heap();
  expect(afterThree - afterOne, `after one: ${(afterOne / 1e6).toFixed(1)} MB, after three: ${(afterThree / 1e6).toFixed(1)} MB`).toBeLessThan(4 * 1024 * 1024);
});
