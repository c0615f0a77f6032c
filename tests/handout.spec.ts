import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { loadStory } from './support/story';
import { withoutWebGL } from './support/no-webgl';

const story = loadStory();
const chapters = story.chapters;

test.use({ locale: 'en-US' });

// Not a test of the WebGL map (map.spec is): the still map stands in, at a fraction of the CPU.
test.beforeEach(({ page }) => withoutWebGL(page));

/** Every chapter with its title, its discussion questions and its own map, then the cast. */
async function expectWholeHandout(handout: Locator, lang: 'en' | 'es') {
  for (const c of chapters) {
    const chapter = handout.getByRole('article', { name: c.title[lang], exact: true });
    await expect(chapter).toBeVisible();
    await expect(chapter.getByRole('heading', { level: 2 })).toHaveText(c.title[lang]);
    await expect(chapter.getByRole('img', { name: /^(Map|Mapa): / })).toHaveCount(1);
    for (const q of story.teaching[c.id]!.questions) await expect(chapter.getByRole('listitem').filter({ hasText: q[lang] })).toBeVisible();
  }
  const cast = handout.getByRole('region', { name: lang === 'en' ? 'Cast' : 'Personajes' });
  for (const person of story.characters) await expect(cast.getByText(person.name[lang], { exact: true })).toBeVisible();
}

const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

test('the Handout button opens a handout of the whole story, and Back returns to the chapter', async ({ page }) => {
  await page.goto(`/#${chapters[2]!.id}`);
  await page.getByRole('button', { name: 'Handout' }).click();
  await expect(page).toHaveURL(/mode=handout/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(story.settings.title.en);
  await expectWholeHandout(page.getByRole('main'), 'en');
  // The students' pages (ending with the worksheet) come in one run, then the teacher's: a class set is one print range.
  const parts = await page.getByRole('main').getByRole('heading', { level: 2 }).allTextContents();
  expect(parts.at(-4)).toMatch(/^Worksheet: /);
  expect(parts.slice(-3)).toEqual(['For the teacher', 'Comprehension answer key', 'Answer key (for teachers)']);
  await expect(page.getByRole('button', { name: 'Print' })).toBeVisible();
  await page.getByRole('button', { name: 'Back to the story' }).click();
  await expect(page.locator(`section#${chapters[2]!.id}`)).toHaveAttribute('aria-current', 'step');
});

test('the handout is in Spanish too', async ({ page }) => {
  await page.goto('/?mode=handout&lang=es');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(story.settings.title.es);
  await expectWholeHandout(page.getByRole('main'), 'es');
});

async function printReadingPage(page: Page) {
  await page.goto('/');
  await expect(page.locator(`section#${chapters[0]!.id}`)).toBeVisible();
  await page.emulateMedia({ media: 'print' });
}

test('printing the reading page prints the handout instead of the scroll story', async ({ page }) => {
  await printReadingPage(page);
  await expect(page.locator('section[data-chapter]').first()).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(story.settings.title.en);
  await expectWholeHandout(page.locator('body'), 'en');
  // The same handout as the Handout button's: the worksheet and its key too.
  await expect(page.getByRole('heading', { name: /^Worksheet: / })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Answer key (for teachers)' })).toBeVisible();
  // The printed maps have land in them, not just dots: the basemap arrived before printing.
  await expect(page.getByRole('img', { name: /^Map: / }).first().locator('path[fill]').first()).toHaveAttribute('d', /M/);

  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  expect(pdfPages(pdf)).toBeGreaterThanOrEqual(4);
  // Each chapter with its questions and room to write, the glossary and the answer key.
  expect(pdfPages(pdf)).toBeLessThanOrEqual(30);
  expect(pdf.length).toBeGreaterThan(100_000); // vector maps, not blank pages
  expect(pdf.length).toBeLessThan(8_000_000); // still small enough to send to a class
});

test('on screen the reading page carries no copy of the handout', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator(`section#${chapters[0]!.id}`)).toBeVisible();
  await expect(page.getByRole('article', { name: chapters[0]!.title.en })).toHaveCount(0);
});

test('the handout page passes axe', async ({ page }) => {
  await page.goto('/?mode=handout');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(story.settings.title.en);
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
});
