import { expect, test, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from './support/browser';

// The still map (no WebGL) at the cover, where the most names are on screen (countries,
// states, cities, seas): as the browser lays them out, they overlap no other name, hide under
// nothing (a dot, the note, the controls) and stay whole inside the map, in both languages.
const base = chromiumLaunchOptions();
test.use({ launchOptions: { ...base, args: [...(base.args ?? []), '--disable-webgl', '--disable-webgl2', '--disable-3d-apis'] } });

/** In the page: the still map's names that overlap, are covered or are cut. */
function stillMapNames() {
  const svg = document.querySelector('.map-fallback svg[role="img"]')!;
  const frame = svg.getBoundingClientRect();
  const texts = [...svg.querySelectorAll('text')].map((el) => ({ el, r: el.getBoundingClientRect(), name: el.textContent ?? '' }));
  const problems: string[] = [];
  texts.forEach(({ el, r, name }, i) => {
    for (const other of texts.slice(i + 1)) {
      const w = Math.min(r.right, other.r.right) - Math.max(r.left, other.r.left);
      const h = Math.min(r.bottom, other.r.bottom) - Math.max(r.top, other.r.top);
      if (w > 2 && h > 2) problems.push(`"${name}" × "${other.name}"`);
    }
    if (r.left < frame.left - 1 || r.right > frame.right + 1 || r.top < frame.top - 1 || r.bottom > frame.bottom + 1) problems.push(`"${name}" cut`);
    const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    if (top !== el) problems.push(`"${name}" under <${top?.tagName.toLowerCase()}>`);
  });
  return { names: texts.map((t) => t.name), problems };
}

async function namesAtCover(page: Page, lang: 'es' | 'en') {
  await page.goto(`/?lang=${lang}`);
  await expect(page.locator('.map-pane')).toHaveAttribute('data-map-state', 'failed');
  // The basemap has arrived: its land is drawn, and its names with it.
  await expect(page.locator('.map-fallback svg[role="img"] path[d^="M"]').first()).toBeAttached();
  await expect(page.locator('.map-fallback svg[role="img"] text').nth(5)).toBeAttached();
  return page.evaluate(stillMapNames);
}

test('the still map at the cover writes its names without overlaps, cover-ups or cut names, in Spanish and English', async ({ page }) => {
  const es = await namesAtCover(page, 'es');
  expect(es.problems).toEqual([]);
  expect(es.names.length).toBeGreaterThan(4);
  const en = await namesAtCover(page, 'en');
  expect(en.problems).toEqual([]);
  expect(en.names.length).toBeGreaterThan(4);
});
