import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { loadStory } from './support/story';
import { withoutWebGL } from './support/no-webgl';
import { expectSlide, slideTitle } from './support/slides';

const story = loadStory();
const chapters = story.chapters;
const [total, at] = [chapters.length, (i: number) => chapters[i]!];

test.use({ locale: 'en-US', viewport: { width: 1280, height: 720 } });

// Not a test of the WebGL map (map.spec is): the still map stands in, at a fraction of the CPU.
test.beforeEach(({ page }) => withoutWebGL(page));

test('?mode=present shows one slide: the chapter title, its day and thread, and a short text', async ({ page }) => {
  await page.goto('/?mode=present');
  await expect(page.getByRole('article')).toHaveCount(1);
  await expectSlide(page, 0);
  const first = at(0);
  const slide = page.getByRole('article', { name: first.title.en });
  await expect(slide).toContainText(story.settings.threads[first.thread]!.en);
  if (first.day) await expect(slide).toContainText(first.day === 'sunday' ? 'Sunday' : /\w/);
  // Short: the opening of the chapter, not all of it.
  const text = (await slide.locator('p').last().textContent()) ?? '';
  expect(text.length).toBeGreaterThan(20);
  expect(text.length).toBeLessThanOrEqual(201);
  await expect(page.locator('section[data-chapter]')).toHaveCount(0); // not the scroll story
});

test('at 1280×720 the slide text is at least 28 px, legible from the back of a room', async ({ page }) => {
  await page.goto(`/?mode=present#${at(1).id}`);
  const sizes = await page.getByRole('article').locator('p').last().evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
  expect(sizes).toBeGreaterThanOrEqual(28);
  const title = await slideTitle(page).evaluate((h) => parseFloat(getComputedStyle(h).fontSize));
  expect(title).toBeGreaterThan(sizes);
});

test('→ ↓ Space PageDown go forward and ← ↑ PageUp go back, with the counter and the URL following', async ({ page }) => {
  await page.goto('/?mode=present');
  await expectSlide(page, 0);
  let i = 0;
  for (const key of ['ArrowRight', 'ArrowDown', 'Space', 'PageDown']) {
    await page.keyboard.press(key);
    await expectSlide(page, ++i);
  }
  for (const key of ['ArrowLeft', 'ArrowUp', 'PageUp']) {
    await page.keyboard.press(key);
    await expectSlide(page, --i);
  }
});

test('Home and End jump to the first and last slides, and the deck stops at its ends', async ({ page }) => {
  await page.goto(`/?mode=present#${at(3).id}`);
  await expectSlide(page, 3);
  await page.keyboard.press('End');
  await expectSlide(page, total - 1);
  await page.keyboard.press('ArrowRight');
  await expectSlide(page, total - 1);
  await page.keyboard.press('Home');
  await expectSlide(page, 0);
  await page.keyboard.press('PageUp');
  await expectSlide(page, 0);
});

test('the slide lives in the URL without filling the history, so a reload resumes it', async ({ page }) => {
  await page.goto('/?mode=present');
  await expectSlide(page, 0);
  const before = await page.evaluate(() => history.length);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expectSlide(page, 2);
  expect(await page.evaluate(() => history.length)).toBe(before);
  await page.reload();
  await expectSlide(page, 2);
});

test('O opens an overview of every slide to jump from; Escape closes it without leaving', async ({ page }) => {
  await page.goto('/?mode=present');
  await expectSlide(page, 0);
  await page.keyboard.press('o');
  const overview = page.getByRole('dialog', { name: 'All slides' });
  await expect(overview).toBeVisible();
  const thumb = (i: number) => overview.getByRole('button', { name: `${i + 1}. ${at(i).title.en}`, exact: true });
  for (let i = 0; i < total; i++) await expect(thumb(i)).toBeVisible();
  await expect(thumb(0)).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(overview).toHaveCount(0);
  await expectSlide(page, 0);

  await page.keyboard.press('O');
  await thumb(5).click();
  await expect(overview).toHaveCount(0);
  await expectSlide(page, 5);

  // Arrows move the highlighted slide while the overview is open; Enter picks it.
  await page.getByRole('button', { name: 'All slides' }).click();
  await page.keyboard.press('ArrowRight');
  await expect(thumb(6)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(overview).toHaveCount(0);
  await expectSlide(page, 6);
});

test('B and . blank the screen; the next key brings the same slide back', async ({ page }) => {
  await page.goto(`/?mode=present#${at(2).id}`);
  await expectSlide(page, 2);
  await page.keyboard.press('b');
  await expect(slideTitle(page)).toBeHidden();
  await expect(page.getByRole('toolbar', { name: 'Presentation controls' })).toBeHidden();
  expect(await page.evaluate(() => getComputedStyle(document.elementFromPoint(640, 360)!).backgroundColor)).toBe('rgb(0, 0, 0)');
  await page.keyboard.press('b');
  await expectSlide(page, 2);
  await page.keyboard.press('.');
  await expect(slideTitle(page)).toBeHidden();
  await page.keyboard.press('ArrowRight');
  await expectSlide(page, 2);
});

test('F and the Full screen button ask the browser for full screen', async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { fullscreenCalls: number };
    w.fullscreenCalls = 0;
    Element.prototype.requestFullscreen = function () {
      w.fullscreenCalls++;
      return Promise.resolve();
    };
  });
  await page.goto('/?mode=present');
  await expectSlide(page, 0);
  await page.keyboard.press('f');
  await expect.poll(() => page.evaluate(() => (window as unknown as { fullscreenCalls: number }).fullscreenCalls)).toBe(1);
  await page.getByRole('button', { name: 'Full screen' }).click();
  await expect.poll(() => page.evaluate(() => (window as unknown as { fullscreenCalls: number }).fullscreenCalls)).toBe(2);
});

test('S opens a presenter window that follows the slides, and driving either window moves both', async ({ page, context }) => {
  await page.goto(`/?mode=present#${at(1).id}`);
  await expectSlide(page, 1);
  const [presenter] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
  await expect(presenter).toHaveURL(/mode=presenter/);
  const heading = presenter.getByRole('heading', { level: 1 });
  const c = at(1);
  await expect(heading).toHaveText(c.title.en);
  await expect(presenter.getByText(story.teaching[c.id]!.notes!.en)).toBeVisible();
  for (const q of story.teaching[c.id]!.questions) await expect(presenter.getByRole('listitem').filter({ hasText: q.en })).toBeVisible();
  await expect(presenter.getByRole('complementary', { name: 'Next up' })).toContainText(at(2).title.en);
  await expect(presenter.getByRole('timer')).toHaveText(/^\d+:\d\d$/);
  await expect(presenter.getByRole('timer')).not.toHaveText('0:00'); // it runs

  await presenter.keyboard.press('ArrowRight');
  await expectSlide(page, 2);
  await expect(heading).toHaveText(at(2).title.en);
  await page.keyboard.press('PageDown');
  await expectSlide(page, 3);
  await expect(heading).toHaveText(at(3).title.en);
  await expect(presenter.getByText(`Slide 4 of ${total}`)).toBeVisible();
  await presenter.getByRole('button', { name: 'Previous' }).click();
  await expectSlide(page, 2);

  // The presenter can black out the projector and bring it back.
  await presenter.keyboard.press('b');
  await expect(slideTitle(page)).toBeHidden();
  await expect(presenter.getByRole('status')).toHaveText('The screen is blank');
  await presenter.getByRole('button', { name: 'Blank screen' }).click();
  await expect(slideTitle(page)).toBeVisible();
  await expect(presenter.getByRole('status')).toHaveCount(0);

  // A language chosen in one window is followed by the other, on the same slide.
  await presenter.getByRole('button', { name: 'Leer en español' }).click();
  await expect(slideTitle(page)).toHaveText(at(2).title.es);
});

test('Escape leaves the presentation at the same chapter of the scroll story', async ({ page }) => {
  await page.goto(`/?mode=present#${at(3).id}`);
  await expectSlide(page, 3);
  await page.keyboard.press('ArrowRight');
  await expectSlide(page, 4);
  await page.keyboard.press('Escape');
  await expect(page.locator(`section#${at(4).id}`)).toHaveAttribute('aria-current', 'step');
  await expect(page).not.toHaveURL(/mode=present/);
  await expect(page).toHaveURL(new RegExp(`#${at(4).id}$`));
});

test('the Present button and P start the slides at the reader’s chapter', async ({ page }) => {
  await page.goto(`/#${at(2).id}`);
  await expect(page.locator(`section#${at(2).id}`)).toHaveAttribute('aria-current', 'step');
  await page.getByRole('button', { name: 'Present', exact: true }).click();
  await expectSlide(page, 2);
  await page.keyboard.press('Escape');
  await expect(page.locator(`section#${at(2).id}`)).toHaveAttribute('aria-current', 'step');
  await page.keyboard.press('p');
  await expectSlide(page, 2);
});

test('switching language keeps the slide', async ({ page }) => {
  await page.goto(`/?mode=present#${at(4).id}`);
  await expectSlide(page, 4);
  await page.getByRole('button', { name: 'Leer en español' }).click();
  await expect(slideTitle(page)).toHaveText(at(4).title.es);
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.getByRole('progressbar', { name: 'Presentación' })).toHaveAttribute('aria-valuenow', '5');
  await expect(page).toHaveURL(new RegExp(`#${at(4).id}$`));
});

test('every control is reachable by keyboard with a visible focus ring', async ({ page }) => {
  await page.goto(`/?mode=present#${at(1).id}`);
  await expectSlide(page, 1);
  await expect(slideTitle(page)).toBeFocused();
  const names: string[] = [];
  for (let i = 0; i < 8; i++) {
    await page.keyboard.press('Tab');
    const focused = page.locator(':focus');
    expect(await focused.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');
    names.push((await focused.textContent()) ?? '');
  }
  for (const name of ['Previous', 'Next', 'All slides', 'Blank screen', 'Full screen', 'Presenter view', 'Español', 'Exit']) {
    expect(names.some((n) => n.includes(name))).toBe(true);
  }
});

test('the presenter window passes axe in both languages', async ({ page, context }) => {
  await page.goto(`/?mode=present#${at(1).id}`);
  await expectSlide(page, 1);
  const [presenter] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
  for (const lang of ['en', 'es'] as const) {
    if (lang === 'es') await presenter.getByRole('button', { name: 'Leer en español' }).click();
    await expect(presenter.getByRole('heading', { level: 1 })).toHaveText(at(1).title[lang]);
    const { violations } = await new AxeBuilder({ page: presenter }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
  }
});

test('once the story has loaded, the slides and the presenter window work offline (school Wi-Fi)', async ({ page, context }) => {
  await page.goto('/?lang=en');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    }
  });
  await context.setOffline(true);
  await page.goto(`/?mode=present#${at(3).id}`);
  await expectSlide(page, 3);
  const [presenter] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
  await expect(presenter.getByRole('heading', { level: 1 })).toHaveText(at(3).title.en);
  await presenter.keyboard.press('ArrowRight');
  await expectSlide(page, 4);
  await context.setOffline(false);
});
