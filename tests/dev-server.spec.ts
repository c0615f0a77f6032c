/**
 * The README's first command, `npm run dev`, must show the page the build shows: styled, with
 * the map drawn and nothing in the console. The built page carries a strict
 * Content-Security-Policy that Vite's dev server cannot run under (it injects styles inline),
 * so the policy is added at build time only; this test holds the dev half of that promise.
 */
import { expect, test, type Page } from '@playwright/test';
import { distinctColours, mapCanvas, mapSettled } from './support/map';

test.use({ locale: 'en-US', viewport: { width: 1280, height: 800 } });

/** Computed looks of a few landmarks a reader would notice if styles were missing. */
async function looks(page: Page) {
  return page.evaluate(() => {
    const pick = (sel: string) => {
      const el = document.querySelector(sel);
      if (!el) return null;
      const s = getComputedStyle(el);
      const r = el.getBoundingClientRect();
      return { font: s.fontFamily, size: s.fontSize, colour: s.color, background: s.backgroundColor, box: [r.x, r.y, r.width, r.height].map(Math.round) };
    };
    return { title: pick('h1'), topbar: pick('.topbar'), map: pick('.map-pane'), start: pick('section[data-chapter]') };
  });
}

test('the dev server shows the styled page with the map drawn, exactly as the build does, and no console error', async ({ page, baseURL }) => {
  const devURL = `http://127.0.0.1:${Number(new URL(baseURL!).port) + 2}`;
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));

  await page.goto(`${devURL}/?lang=en`);
  await mapSettled(page);
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveCount(0);
  const dev = await looks(page);
  expect(await distinctColours(page, mapCanvas(page))).toBeGreaterThan(12);

  await page.goto('/?lang=en');
  await mapSettled(page);
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveCount(1);
  expect(dev).toEqual(await looks(page));
  expect(dev.topbar?.background).not.toBe('rgba(0, 0, 0, 0)');
  expect(problems).toEqual([]);
});
