/**
 * Every screen: a portrait tablet, an article's embed, the projector's slides and the
 * keyboard. Each test loads one page and asserts what a reader sees.
 */
import { expect, test } from '@playwright/test';
import { openHost, startHost, type HostServer } from './support/host';
import { mapSettled } from './support/map';
import { loadStory } from './support/story';

const story = loadStory();
const [first] = story.chapters;
/** A chapter with its own slide text, whose day the story infers (marked ≈). */
const withSlide = story.chapters.find((c) => c.slide && c.index > 3 && c.dayApproximate)!;

let host: HostServer;
test.beforeAll(async () => {
  host = await startHost();
});
test.afterAll(async () => {
  await host.close();
});

test.describe('a portrait tablet (768×1024)', () => {
  test.use({ viewport: { width: 768, height: 1024 }, locale: 'en-US' });

  test('puts the map on top, the full width of the screen, with the text under it', async ({ page }) => {
    await page.goto('/?lang=en');
    const map = (await page.locator('.map-region').boundingBox())!;
    const text = (await page.locator('.cover-title').boundingBox())!;
    const onTop = map.y + map.height <= text.y + 1;
    expect(onTop || map.width >= 768 / 2).toBe(true);
    expect(map.width).toBeGreaterThanOrEqual(768 / 2);
    expect(map.height).toBeGreaterThan(300);
  });

  test('shows every top-bar button whole, in Spanish (the longer words) as in English', async ({ page }) => {
    for (const lang of ['es', 'en']) {
      await page.goto(`/?lang=${lang}`);
      const buttons = page.locator('.topbar-actions button:visible');
      await expect(buttons.last()).toBeVisible();
      for (const box of await buttons.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect))) {
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width, 'the button ends on the screen').toBeLessThanOrEqual(768);
      }
      await expect(page.getByRole('button', { name: lang === 'es' ? /english/i : /español/i })).toBeInViewport({ ratio: 1 });
    }
  });
});

test.describe('an article with the story embedded', () => {
  test.use({ viewport: { width: 760, height: 900 }, locale: 'en-US' });

  test('a 360×420 sidebar frame shows its first chapter’s text at once, without any input', async ({ page, baseURL }) => {
    await openHost(page, host, baseURL!, { params: 'lang=en', height: 420, column: 360 + 32 });
    const card = page.frameLocator('#story').locator(`section#${first!.id} .chapter-card`);
    await expect(card.locator('h2')).toHaveText(first!.title.en);
    await expect(card.locator('h2')).toBeInViewport();
    await expect(card).toHaveCSS('opacity', '1');
  });

  test('over a 680×640 frame, the wheel carries the host page on to the article below, from the story’s start and from its end', async ({ page, baseURL }) => {
    const last = story.chapters.at(-1)!;
    for (const params of ['lang=en', `lang=en&chapter=${last.id}`]) {
      await openHost(page, host, baseURL!, { params, height: 640, column: 680 + 32 });
      const frame = page.locator('#story');
      await expect(page.frameLocator('#story').locator('.chapter-card h2')).toBeVisible();
      const box = (await frame.boundingBox())!;
      // The reader's pointer rests on the story's text, where a nested scroller would catch it.
      await page.mouse.move(box.x + box.width * 0.25, box.y + box.height * 0.5);
      const below = page.locator('.filler').first();
      for (let turn = 0; turn < 8 && !(await below.evaluate((el) => el.getBoundingClientRect().top < innerHeight / 2)); turn++) {
        await page.mouse.wheel(0, 300);
        await page.waitForFunction(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(true)))));
      }
      expect(await below.evaluate((el) => el.getBoundingClientRect().top), params).toBeLessThan(900 / 2);
      await page.evaluate(() => window.scrollTo(0, 0));
    }
  });
});

test.describe('present mode', () => {
  test.use({ viewport: { width: 1280, height: 720 }, locale: 'en-US' });

  test('a slide shows its slide text and its ≈ day without the map legend, and its controls fade after a few idle seconds and return on a key', async ({ page }) => {
    await page.goto(`/?mode=present&lang=en#${withSlide.id}`);
    await expect(page.locator('.slide-text')).toHaveText(withSlide.slide!.en);
    const controls = page.getByRole('toolbar', { name: 'Presentation controls' });
    await expect(controls).toHaveCSS('opacity', '1');
    // The inferred day is marked as the week bar marks it, and says why.
    await expect(page.locator('.slide-day')).toHaveText(/^≈ \w+ \(approximate day: the sources do not say\)$/);
    // No Describe, Explore or legend on the projected slide.
    await expect(page.getByRole('button', { name: 'Describe the map' })).toBeHidden();
    const legend = page.getByRole('list', { name: 'Legend', includeHidden: true });
    await expect(legend).toBeAttached({ timeout: 30_000 });
    await expect(legend).toBeHidden();
    await expect(controls.locator('xpath=..')).toHaveCSS('opacity', '0', { timeout: 15_000 });
    // One key brings them back: the deck leaves its idle state at once (the pointer shows again).
    await page.keyboard.press('Shift');
    await expect(page.locator('.deck')).not.toHaveClass(/is-idle/);
    await expect(page.locator('.deck')).not.toHaveCSS('cursor', 'none');
    // Their fade in runs on frames, and with two browsers drawing maps in software on two cores a
    // page drew no frame at all for 3 s after the key (rAF and document.timeline stood still),
    // until the controls went idle again. So the key is pressed again until they are drawn.
    await expect.poll(async () => {
      await page.keyboard.press('Shift');
      return controls.locator('xpath=..').evaluate((el) => getComputedStyle(el).opacity);
    }).toBe('1');
  });
});

test.describe('the keyboard', () => {
  test.use({ locale: 'en-US' });

  test('Tab reaches the first chapter before any place on the map; the places are one stop, walked with the arrows', async ({ page }) => {
    await page.goto('/?lang=en');
    await mapSettled(page);
    const markers = page.locator('.place-marker');
    await expect(markers.first()).toBeAttached();
    expect(await markers.evaluateAll((els) => els.filter((el) => (el as HTMLElement).tabIndex === 0).length)).toBe(1);
    // The story comes before the map in Tab order: from the top, Tab reaches a chapter first,
    // and every focusable part of the story (its many glossary words, Listen and answer
    // buttons) precedes the map's one stop for places in the document.
    let reachedChapter = false;
    for (let i = 0; i < 60 && !reachedChapter; i++) {
      await page.keyboard.press('Tab');
      const where = await page.evaluate(() => {
        const el = document.activeElement;
        return { chapter: !!el?.closest('section[data-chapter]'), marker: !!el?.closest('.place-marker') };
      });
      expect(where.marker, 'a map place before the story').toBe(false);
      reachedChapter = where.chapter;
    }
    expect(reachedChapter).toBe(true);
    expect(await page.evaluate(() => {
      const lastChapter = [...document.querySelectorAll('section[data-chapter]')].at(-1)!;
      const stop = document.querySelector('.place-marker[tabindex="0"]')!;
      return !!(lastChapter.compareDocumentPosition(stop) & Node.DOCUMENT_POSITION_FOLLOWING);
    }), 'the places\' Tab stop comes after the last chapter').toBe(true);
    // Straight to the places' stop (by Tab it is past every stop of the story), after keyboard
    // use, so it shows focus as a Tab would; then the arrows walk the places.
    await page.locator('.place-marker[tabindex="0"]').focus();
    const focused = page.locator('.place-marker:focus');
    await expect(focused).toHaveCount(1);
    await expect(focused.locator('.place-label')).toHaveCSS('opacity', '1');
    const name = await focused.getAttribute('aria-label');
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('.place-marker:focus')).not.toHaveAttribute('aria-label', name!);
    await expect(page.locator('.place-marker:focus .place-label')).toHaveCSS('opacity', '1');
  });
});
