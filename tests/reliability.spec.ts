/**
 * Never a blank page: malformed links, failed code chunks, a basemap of the wrong shape and
 * printing from the slides (review D2, D5, D6, D11, D13). Each test asserts what a reader sees.
 */
import { expect, test, type Page } from '@playwright/test';
import { collectPageErrors } from './support/fallback';
import { loadStory } from './support/story';

const story = loadStory();
const first = story.chapters[0]!;
const last = story.chapters.at(-1)!;
const BAD = '#%E0%A4%A';

test.describe('a malformed escape in the hash', () => {
  const cases: [string, string, (page: Page) => Promise<void>][] = [
    ['reading', `/?lang=en${BAD}`, async (page) => {
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(story.settings.title.en);
      await expect(page.locator('section[data-chapter]')).toHaveCount(story.chapters.length);
    }],
    ['reading (es)', `/?lang=es${BAD}`, async (page) => {
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(story.settings.title.es);
    }],
    ['present', `/?mode=present&lang=en${BAD}`, async (page) => {
      await expect(page.locator('#slide-title')).toHaveText(first.title.en);
    }],
    ['presenter', `/?mode=presenter&lang=en${BAD}`, async (page) => {
      await expect(page.locator('#presenter-title')).toHaveText(first.title.en);
    }],
    ['embed', `/?embed=1&lang=en${BAD}`, async (page) => {
      await expect(page.locator(`section#${first.id} h2`)).toHaveText(first.title.en);
    }],
  ];
  for (const [mode, url, shows] of cases) {
    test(`opens the story in ${mode} mode`, async ({ page }) => {
      const errors = collectPageErrors(page);
      await page.goto(url);
      await shows(page);
      expect(errors).toEqual([]);
    });
  }

  test('as a link clicked inside an embed, does nothing and throws nothing', async ({ page }) => {
    const errors = collectPageErrors(page);
    await page.goto('/?embed=1&lang=en');
    await page.locator(`section#${first.id} p`).first().evaluate((p, href) => {
      const a = document.createElement('a');
      a.href = href;
      a.textContent = 'a mistyped link';
      p.append(' ', a);
    }, BAD);
    await page.getByRole('link', { name: 'a mistyped link' }).click();
    await expect(page.locator(`section#${first.id} h2`)).toBeVisible();
    expect(errors).toEqual([]);
  });
});

test.describe('a code chunk that never arrives', () => {
  // No service worker: it would serve the chunk from its cache (a first visit, or a new deployment under an open tab).
  // The chunk's URL with or without a query: a new try asks for it afresh under one (retry-import.ts).
  test.use({ serviceWorkers: 'block' });

  test('leaves the story readable, as text with a note, when the slides cannot load', async ({ page }) => {
    let tries = 0;
    await page.route(/\/assets\/PresentView-[^/?]*\.js(\?.*)?$/, (route) => {
      tries++;
      return route.abort('connectionreset');
    });
    await page.goto('/?mode=present&lang=en');
    await expect(page.getByRole('alert')).toContainText('This part of the page could not load');
    await expect(page.getByRole('alert')).toBeInViewport();
    await expect(page.getByRole('alert')).toContainText('Esta parte de la página no se pudo cargar');
    await expect(page.locator(`section#${last.id} h2`)).toHaveText(last.title.en);
    await expect(page.getByRole('main')).toContainText(story.chapters[1]!.title.en);
    expect(tries, 'tried again before giving up').toBeGreaterThanOrEqual(2);
  });

  test('keeps the reading page when the cast list cannot load', async ({ page }) => {
    await page.route(/\/assets\/CastDialog-[^/?]*\.js(\?.*)?$/, (route) => route.abort('connectionreset'));
    await page.goto('/?lang=es');
    await page.getByRole('button', { name: 'Personajes' }).first().click();
    await expect(page.getByRole('alert')).toContainText('La lista de personajes no se pudo cargar');
    await expect(page.getByRole('alert')).toBeInViewport();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(story.settings.title.es);
    await expect(page.locator('section[data-chapter]')).toHaveCount(story.chapters.length);
  });
});

test.describe('a basemap file of the wrong shape', () => {
  test.use({ serviceWorkers: 'block' });
  const wrongShape = (page: Page) =>
    page.route(/\/basemap\/basemap\.json$/, (route) => route.fulfill({ contentType: 'application/json', body: '{"hello":"world"}' }));

  test('leaves reading with the still map', async ({ page }) => {
    const errors = collectPageErrors(page);
    await wrongShape(page);
    await page.goto(`/?lang=en#${last.id}`);
    await expect(page.locator('.map-pane')).toHaveAttribute('data-map-state', 'failed');
    await expect(page.locator('.map-fallback svg[role="img"]')).toBeVisible();
    await expect(page.locator(`section#${last.id} h2`)).toHaveText(last.title.en);
    await expect(page.locator('section[data-chapter]')).toHaveCount(story.chapters.length);
    expect(errors).toEqual([]);
  });

  test('leaves the handout whole', async ({ page }) => {
    const errors = collectPageErrors(page);
    await wrongShape(page);
    const basemap = page.waitForResponse(/\/basemap\/basemap\.json$/);
    await page.goto('/?mode=handout&lang=es');
    await basemap;
    // Two frames: React has drawn the maps with whatever the basemap turned out to be.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    await expect(page.locator('.handout-chapter h2')).toHaveText(story.chapters.map((c) => c.title.es));
    await expect(page.locator('.handout-map svg[role="img"]')).toHaveCount(story.chapters.length);
    expect(errors).toEqual([]);
  });
});

test('printing from the slides prints the handout, not one slide', async ({ page }) => {
  await page.goto(`/?mode=present&lang=en#${story.chapters[2]!.id}`);
  await expect(page.locator('#slide-title')).toHaveText(story.chapters[2]!.title.en);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.handout-print .handout-chapter h2')).toHaveText(story.chapters.map((c) => c.title.en));
  await expect(page.locator('#slide-title')).toBeHidden();
  await expect(page.getByRole('button', { name: /next/i })).toBeHidden();
  const pdf = await page.pdf({ format: 'A4' });
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
  expect(pages, 'the handout runs to several pages').toBeGreaterThan(3);
});
