/** axe finds no violations in any mode, in either language. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { mapSettled, openMapMenu } from './support/map';
import { scrollToChapter } from './support/reading';
import { loadStory } from './support/story';
import { withoutWebGL } from './support/no-webgl';

const story = loadStory();
const callChapter = story.chapters.find((c) => story.calls.some((call) => call.chapter === c.id))!;

async function expectNoViolations(page: Page, include: readonly string[] = []): Promise<void> {
  // Measure contrast at rest, not half-way through a card's fade-in.
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
  let axe = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']);
  for (const selector of include) axe = axe.include(selector);
  const { violations } = await axe.analyze();
  const summary = violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
  expect(summary).toEqual([]);
}

for (const lang of ['en', 'es'] as const) {
  test.describe(`in ${lang}`, () => {
    test('reading view', async ({ page }) => {
      // The WebGL map's own controls and markers are checked in English here and in both
      // languages on the phone below; in Spanish the still map stands in (a third of the CPU).
      if (lang === 'es') await withoutWebGL(page);
      await page.goto(`/?lang=${lang}`);
      if (lang === 'en') await mapSettled(page);
      else await expect(page.locator('.map-fallback svg[role="img"]')).toBeVisible();
      await expectNoViolations(page);
      await scrollToChapter(page, callChapter.id);
      // What changed since the whole page was checked: the chapter in view and the map.
      await expectNoViolations(page, [`section#${callChapter.id}`, '.map-pane']);
    });

    test('cast dialog', async ({ page }) => {
      await withoutWebGL(page); // the dialog, not the map (checked in the reading view)
      await page.goto(`/?lang=${lang}`);
      await page.getByRole('button', { name: lang === 'en' ? /cast|characters/i : /personajes/i }).first().click();
      await expect(page.getByRole('dialog')).toBeVisible();
      await expectNoViolations(page);
    });

    test('present mode', async ({ page }) => {
      await page.goto(`/?lang=${lang}&mode=present#${callChapter.id}`);
      await expect(page.getByRole('heading', { name: callChapter.title[lang] })).toBeVisible();
      await expectNoViolations(page);
    });

    test('teacher page, and the activities with their answers shown', async ({ page }) => {
      await withoutWebGL(page);
      await page.goto(`/?lang=${lang}&mode=teach`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(lang === 'en' ? 'For teachers' : 'Para docentes');
      await expectNoViolations(page);
      await page.goto(`/?lang=${lang}&mode=activities`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(lang === 'en' ? 'Activities' : 'Actividades');
      for (const check of await page.getByRole('button', { name: lang === 'en' ? 'Check' : 'Comprobar' }).all()) await check.click();
      await page.locator('.where-place').first().click();
      await expect(page.locator('.activity-result')).toHaveCount(3);
      await expectNoViolations(page);
    });

    for (const layout of ['stepper', 'scroll'] as const) {
      test(`embed view (${layout})`, async ({ page }) => {
        await page.goto(`/?lang=${lang}&embed=1&layout=${layout}`);
        await expect(page.getByRole('heading', { level: 1 }).or(page.getByRole('heading', { level: 2 })).first()).toBeVisible();
        await expectNoViolations(page);
      });
    }

    test('reading view on a phone, with the map menu open', async ({ page }) => {
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(`/?lang=${lang}`);
      await mapSettled(page);
      await openMapMenu(page);
      await expectNoViolations(page);
    });
  });
}
