/**
 * A chapter's card rising into view as the reader reaches it: run by the browser (Web
 * Animations, off the main thread), not written into the card's style at every frame; left
 * with no transform once shown; under reduced motion it fades in without moving.
 */
import { expect, test, type Page } from '@playwright/test';
import { loadStory } from './support/story';
import { withoutWebGL } from './support/no-webgl';

const chapters = loadStory().chapters;
/** What the page records: the properties a card asked the browser to animate, its style writes, its lowest draw. */
type Rise = { animated: string[]; writes: number; lowest: number };

test.use({ locale: 'en-US' });
// The cards, not the WebGL map, are under test: the still map stands in.
test.beforeEach(async ({ page }) => {
  await withoutWebGL(page);
  // What each card asks the browser to animate, and how often its style attribute is written.
  await page.addInitScript(() => {
    const w = window as unknown as { __rise: Rise };
    w.__rise = { animated: [], writes: 0, lowest: 0 };
    const animate = Element.prototype.animate;
    Element.prototype.animate = function (this: Element, keyframes, options) {
      if (this.classList.contains('chapter-card') && keyframes && !Array.isArray(keyframes)) w.__rise.animated.push(...Object.keys(keyframes));
      return animate.call(this, keyframes, options);
    };
    addEventListener('DOMContentLoaded', () => {
      new MutationObserver((records) => {
        for (const r of records) if ((r.target as Element).classList.contains('chapter-card')) w.__rise.writes++;
      }).observe(document.body, { subtree: true, attributes: true, attributeFilter: ['style'] });
    });
    // The furthest any card is drawn below its place, sampled at every frame.
    const sample = () => {
      for (const card of document.querySelectorAll('.chapter-card')) {
        const transform = getComputedStyle(card).transform;
        if (transform !== 'none') w.__rise.lowest = Math.max(w.__rise.lowest, new DOMMatrixReadOnly(transform).m42);
      }
      requestAnimationFrame(sample);
    };
    requestAnimationFrame(sample);
  });
});

/** Goes from the cover to the third chapter, card by card, waiting for each to be shown. */
async function readOn(page: Page) {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // Once the page has loaded: while it loads, late content above a card can move it out of
  // view again before the browser has seen it there.
  await expect(page.locator('.map-pane')).toHaveAttribute('data-map-state', /ready|failed/);
  for (const chapter of chapters.slice(0, 3)) {
    const card = page.locator(`section#${chapter.id} .chapter-card`);
    // Brought back into view at each look, for the same reason.
    await expect.poll(() => card.evaluate((el) => {
      el.scrollIntoView({ block: 'center' });
      return getComputedStyle(el).opacity;
    })).toBe('1');
    await expect(card).toHaveCSS('transform', 'none');
  }
  return page.evaluate(() => (window as unknown as { __rise: Rise }).__rise);
}

test('a card rises by the browser\'s own animation and ends with no transform', async ({ page }) => {
  const rise = await readOn(page);
  expect(rise.animated).toEqual(expect.arrayContaining(['opacity', 'transform']));
  // A start and an end per card, give or take: not a write per frame.
  expect(rise.writes).toBeLessThanOrEqual(3 * 3);
  expect(rise.lowest).toBeGreaterThan(0);
});

test.describe('under reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });

  test('a card fades in where it stands', async ({ page }) => {
    const rise = await readOn(page);
    expect(rise.lowest).toBe(0);
  });
});
