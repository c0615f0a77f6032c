/**
 * Text a reader cannot see is not drawn where it would litter what they can (issue 13): story
 * text that has scrolled behind the phone's map is transparent there, yet still in the
 * accessibility tree and brought out by keyboard focus; the stepper embed's card scrolls with
 * nothing under its text.
 */
import { expect, test, type Page } from '@playwright/test';
import { loadStory } from './support/story';
import { withoutWebGL } from './support/no-webgl';

const story = loadStory();
const [first, second, third] = story.chapters;

test.use({ locale: 'en-US' });
// The text, not the WebGL map, is under test: the still map stands in.
test.beforeEach(({ page }) => withoutWebGL(page));

/** The story's text boxes wholly above / wholly below the panes' lower edge, on screen, with their opacity. */
function textAroundPanes(page: Page) {
  return page.evaluate(() => {
    const line = document.querySelector('.week-bar')!.getBoundingClientRect().bottom;
    const behind: string[] = [];
    const open: string[] = [];
    for (const el of document.querySelectorAll('.story-column :is(.cover, .chapter) *')) {
      if (![...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim())) continue;
      const r = el.getBoundingClientRect();
      if (r.height < 2) continue;
      const seen = `${getComputedStyle(el).opacity}:${el.textContent!.trim().slice(0, 30)}`;
      if (r.bottom > 0 && r.bottom <= line - 1) behind.push(seen);
      else if (r.top >= line + 1 && r.top < innerHeight) open.push(seen);
    }
    return { line, behind, open };
  });
}

test('on a phone, text scrolled behind the map is not drawn, stays readable by assistive technology, and comes back', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/?lang=es#${third!.id}`);
  await expect(page.locator(`section#${third!.id}`)).toHaveAttribute('aria-current', 'step');
  // The chapter before lies behind the map: every one of its text boxes there is transparent.
  await expect.poll(async () => {
    const { behind, open } = await textAroundPanes(page);
    return { behind: behind.length > 3 && behind.every((s) => s.startsWith('0:')), open: open.length > 3 && open.every((s) => s.startsWith('1:')) };
  }).toEqual({ behind: true, open: true });
  // Still in the accessibility tree: a screen reader can go back to it.
  await expect(page.getByRole('heading', { level: 2, name: second!.title.es })).toHaveCount(1);

  const { line } = await textAroundPanes(page);

  // Shift+Tab from the chapter's first control goes back to the chapter behind the map: the
  // control it lands on (the browser chooses) comes out below the map, drawn again. Marked
  // first: what lies behind the map, once the glossary's words (buttons too) are in the page.
  await expect(page.locator(`section#${third!.id} .gloss-term`).first()).toBeAttached();
  await page.evaluate(([id, edge]) => {
    for (const el of document.querySelectorAll<HTMLElement>('.story-column :is(button, a[href], summary)')) {
      if (el.getClientRects().length > 0 && el.getBoundingClientRect().bottom <= edge) el.setAttribute('data-was-behind', '');
    }
    const first = [...document.querySelectorAll<HTMLElement>(`section#${id} :is(button, a[href], summary)`)]
      .find((el) => !el.matches(':disabled') && el.getBoundingClientRect().top > edge);
    first!.setAttribute('data-next', '');
  }, [third!.id, line] as const);
  await page.locator('[data-next]').focus();
  await page.keyboard.press('Shift+Tab');
  const focused = page.locator(':focus');
  await expect(focused).toHaveAttribute('data-was-behind', '');
  await expect.poll(() => focused.evaluate((el) => el.getBoundingClientRect().top)).toBeGreaterThanOrEqual(line);
  await expect(focused).toHaveCSS('opacity', '1');

  // Scrolled back into the open part of the page, the text is drawn again: the chapter's heading.
  // The reader scrolls up a little at a time until the heading is in the open part.
  const heading = page.locator(`section#${second!.id} h2`);
  await page.mouse.move(200, 700);
  await expect.poll(async () => {
    const top = await heading.evaluate((el) => el.getBoundingClientRect().top);
    if (top <= line) await page.mouse.wheel(0, -200);
    return top > line;
  }).toBe(true);
  await expect(heading).toHaveCSS('opacity', '1');
});

test('hiding text behind the panes changes paint only: every text box of the story is already a stacking context', async ({ page }) => {
  // Without it, a box's first opacity below 1 made it one, and the browser laid the page out again.
  await page.goto(`/?lang=en#${second!.id}`);
  await expect(page.locator(`section#${second!.id} .gloss-term`).first()).toBeAttached();
  const loose = await page.evaluate(() => [...document.querySelectorAll('.story-column :is(.cover, .chapter) *')]
    .filter((el) => [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim()))
    .filter((el) => getComputedStyle(el).isolation !== 'isolate')
    .map((el) => `${el.tagName.toLowerCase()}.${el.getAttribute('class') ?? ''}`));
  expect(loose).toEqual([]);
});

test('beside the map, text scrolled up is covered by the opaque bars and left alone', async ({ page }) => {
  // Nothing is marked there: each mark repainted the page to hide text the bars already cover.
  await page.goto(`/?lang=en#${third!.id}`);
  await expect(page.locator(`section#${third!.id}`)).toHaveAttribute('aria-current', 'step');
  await expect(page.locator(`section#${third!.id} .gloss-term`).first()).toBeAttached();
  await page.mouse.move(200, 600);
  // The reader scrolls on a little at a time until some of the chapter's text lies under the bars.
  await expect.poll(async () => {
    const seen = await page.evaluate(() => {
      const line = document.querySelector('.week-bar')!.getBoundingClientRect().bottom;
      const bars = [...document.querySelectorAll('.topbar, .week-bar')];
      const under = [...document.querySelectorAll('.story-column .chapter *')]
        .filter((el) => [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim()))
        .map((el) => el.getBoundingClientRect())
        .filter((r) => r.height >= 2 && r.top > 0 && r.bottom <= line - 1);
      // What the reader sees at the middle of each: a bar, not the text.
      return { under: under.length, covered: under.every((r) => bars.some((b) => b.contains(document.elementFromPoint(r.left + r.width / 2, (r.top + r.bottom) / 2)))) };
    });
    if (seen.under === 0) await page.mouse.wheel(0, 37);
    return seen.under > 0 && seen.covered;
  }).toBe(true);
  await expect(page.locator('[data-behind-pane]')).toHaveCount(0);
});

test('the stepper embed keeps its card text clear of the previous/next bar, side by side and stacked', async ({ page }) => {
  for (const [width, height] of [[680, 640], [390, 600]] as const) {
    await page.setViewportSize({ width, height });
    await page.goto(`/?embed=1&layout=stepper&lang=en&chapter=${first!.id}`);
    await expect(page.getByRole('heading', { level: 2 })).toHaveText(first!.title.en);
    await page.evaluate(() => document.fonts.ready);
    await expect.poll(() => page.evaluate(() => {
      const boxes = (sel: string) => [...document.querySelectorAll(sel)].map((el) => ({ text: el.textContent!.trim(), r: el.getBoundingClientRect() }));
      const nav = boxes('.stepper-nav :is(button, .stepper-count)');
      const card = boxes('.stepper-card :is(p, h2, strong, em, li, button)');
      const scroller = document.querySelector('.stepper-card')!.getBoundingClientRect();
      const hits = card.flatMap((a) => nav.filter((b) =>
        Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left) > 2 && Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top) > 2,
      ).map((b) => `${a.text.slice(0, 30)} × ${b.text}`));
      // The card's text runs longer than its box here (a short frame), so it scrolls.
      return { hits, overflows: card.some((a) => a.r.bottom > scroller.bottom), bottom: Math.round(scroller.bottom) };
    }), `${width}×${height}`).toEqual({ hits: [], overflows: true, bottom: height });
  }
});
