/**
 * The language-class features in a real browser: glossary popovers, parallel reading,
 * read-aloud (against a fake speech engine), comprehension answers, and axe over all of them.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { installFakeSpeech, type SpokenRecord } from './support/fake-speech';
import { scrollSettled, scrollToChapter } from './support/reading';
import { loadStory } from './support/story';
import { withoutWebGL } from './support/no-webgl';

// Text, glosses, speech and answers, not the WebGL map (map.spec is): the still map stands in.
test.beforeEach(({ page }) => withoutWebGL(page));

const story = loadStory();
const village = story.chapters.find((c) => c.id === 'the-village')!;
const next = story.chapters[village.index + 1]!;
const lang = story.language[village.id]!;
const BOTH_VOICES = [{ lang: 'es-ES', name: 'Lucía' }, { lang: 'es-MX', name: 'Paulina' }, { lang: 'en-US', name: 'Sam' }];

const chapter = (page: Page, id = village.id) => page.locator(`section#${id}`);
const spoken = (page: Page) => page.evaluate(() => (window as unknown as { __speech: { spoken: SpokenRecord[] } }).__speech.spoken);
const finishUtterance = (page: Page) => page.evaluate(() => (window as unknown as { __speech: { finish: () => void } }).__speech.finish());
const highlighted = (page: Page) => page.evaluate(() => {
  const h = CSS.highlights.get('read-aloud');
  return h ? [...h].map((r) => r.toString().replace(/\s+/g, ' ')).join('') : null;
});

/** Opens `url` with a fake speech engine, and waits for the language kit (it loads when the
 * page is first idle, which on a busy machine running the map in software can take a while). */
async function openAt(page: Page, url: string, voices = BOTH_VOICES): Promise<void> {
  await page.addInitScript(installFakeSpeech, voices);
  await page.goto(url);
  await expect(page.locator('.read-aloud').first()).toBeAttached({ timeout: 90_000 });
}

test('a glossary word opens its gloss from the keyboard, announced as its description; Esc closes it and one is open at a time; answers wait to be asked for', async ({ page }) => {
  await openAt(page, `/?lang=en#${village.id}`);
  const first = lang.glossary[0]!;
  const second = lang.glossary[1]!;
  const slower = chapter(page).getByRole('button', { name: 'Slower' });
  await slower.focus();
  await page.keyboard.press('Tab');
  const word = chapter(page).getByRole('button', { name: first.en, exact: true });
  await expect(word).toBeFocused();
  await expect(word).toHaveAccessibleDescription(first.es);
  await expect(word).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByRole('tooltip')).toHaveText(first.es);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('tooltip')).toHaveCount(0);
  await expect(word).toHaveAttribute('aria-expanded', 'false');
  await page.keyboard.press('Tab');
  await expect(chapter(page).getByRole('button', { name: second.en, exact: true })).toBeFocused();
  await expect(page.getByRole('tooltip')).toHaveText(second.es);
  // A click on another word: still only one open.
  await chapter(page).getByRole('button', { name: lang.glossary[2]!.en, exact: true }).click();
  await expect(page.getByRole('tooltip')).toHaveCount(1);
  await expect(page.getByRole('tooltip')).toContainText(lang.glossary[2]!.es);

  const q = lang.comprehension[0]!;
  const check = chapter(page).getByRole('group', { name: 'Check your understanding' });
  await expect(check).toContainText(q.q.en);
  await expect(check.getByText(q.a.en)).toBeHidden();
  const show = check.getByRole('button', { name: 'Show answer' }).first();
  await expect(show).toHaveAttribute('aria-expanded', 'false');
  await show.click();
  await expect(check.getByText(q.a.en)).toBeVisible();
  await expect(check.getByRole('button', { name: 'Hide answer' })).toHaveAttribute('aria-expanded', 'true');
});

for (const size of [{ width: 1280, height: 800 }, { width: 390, height: 844 }]) {
  test(`parallel reading at ${size.width} px keeps the chapter in view and the reader's place`, async ({ page }) => {
    await page.setViewportSize(size);
    await openAt(page, `/?lang=es#${village.id}`);
    await expect(chapter(page)).toHaveAttribute('aria-current', 'step');
    await scrollSettled(page);
    const toggle = page.getByRole('button', { name: 'Dos idiomas' });
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await expect(page).toHaveURL(/[?&]parallel=1/);
    const other = chapter(page).locator('.parallel-other[lang="en"]').first();
    await expect(other).toContainText('Carlitos lives with his grandmother');
    await scrollSettled(page);
    await expect(chapter(page)).toHaveAttribute('aria-current', 'step');
    await expect(chapter(page).getByRole('heading', { name: village.title.es })).toBeInViewport();
    const mine = chapter(page).locator('.parallel-main').first();
    const [a, b] = [await mine.boundingBox(), await other.boundingBox()];
    if (size.width >= 1200) expect(b!.x, 'side by side').toBeGreaterThan(a!.x + a!.width - 1);
    else expect(b!.y, 'one under the other').toBeGreaterThanOrEqual(a!.y + a!.height - 1);
    await toggle.click();
    await expect(page).not.toHaveURL(/parallel=/);
    await expect(chapter(page).locator('.parallel-other')).toHaveCount(0);
    await scrollSettled(page);
    await expect(chapter(page)).toHaveAttribute('aria-current', 'step');
  });
}

test('a comma or stop after a glossary word is never the first thing on a line, in either language', async ({ page }) => {
  for (const [lang, width] of [['en', 1280], ['es', 390]] as const) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto(`/?lang=${lang}`);
    await expect(page.locator('.prose .gloss-term').first()).toBeAttached({ timeout: 60_000 });
    const stranded = await page.locator('.prose').first().evaluate(() => {
      const out: string[] = [];
      for (const term of document.querySelectorAll<HTMLElement>('.prose .gloss-term')) {
        const next = term.nextSibling;
        if (!(next instanceof Text) || !/^[,.;:!?]/.test(next.data)) continue;
        const range = document.createRange();
        range.setStart(next, 0);
        range.setEnd(next, 1);
        const mark = range.getBoundingClientRect();
        const word = [...term.getClientRects()].at(-1)!;
        if (Math.abs(mark.top - word.top) > word.height / 2) out.push(`${term.textContent}${next.data.slice(0, 12)}`);
      }
      return out;
    });
    expect(stranded, `${lang} at ${width} px`).toEqual([]);
  }
});

test('read-aloud speaks the chapter sentence by sentence in its language, highlights each, slows down, and stops when the reader moves on', async ({ page }) => {
  await openAt(page, `/?lang=es#${village.id}`);
  await expect(chapter(page)).toHaveAttribute('aria-current', 'step');
  await scrollSettled(page);
  await chapter(page).getByRole('button', { name: 'Escuchar el capítulo en voz alta' }).click();
  await expect.poll(() => spoken(page)).toHaveLength(1);
  const [first] = await spoken(page);
  expect(first!.text).toBe('Carlitos vive con su abuela Benita, la mamá de Rosario, que lo ha criado desde que Rosario se fue.');
  expect(first!.lang).toBe('es-MX');
  expect(await highlighted(page)).toBe(first!.text);
  await chapter(page).getByRole('button', { name: 'Más despacio' }).click();
  await finishUtterance(page);
  await expect.poll(() => spoken(page)).toHaveLength(2);
  const second = (await spoken(page))[1]!;
  expect(second.text).toMatch(/^La abuela Benita está enferma/);
  expect(second.rate).toBeLessThan(1);
  expect(await highlighted(page)).toBe(second.text);
  await expect(chapter(page).getByText(/^Frase 2 de \d+$/)).toBeVisible();

  await scrollToChapter(page, next.id);
  await expect.poll(() => highlighted(page)).toBeNull();
  await expect(chapter(page).getByRole('button', { name: 'Escuchar el capítulo en voz alta' })).toBeVisible();
  await finishUtterance(page); // a late end of the cancelled sentence speaks nothing more
  expect(await spoken(page)).toHaveLength(2);
});

test('read-aloud says plainly, beside the greyed-out control of the chapter in view, when the device has no voice for the language', async ({ page }) => {
  await openAt(page, `/?lang=es#${village.id}`, [{ lang: 'en-US', name: 'Sam' }]);
  const noVoice = 'Este dispositivo no tiene una voz en español para leer en voz alta.';
  const listen = chapter(page).getByRole('button', { name: 'Escuchar el capítulo en voz alta' });
  await expect(listen).toHaveAccessibleDescription(noVoice);
  await expect(listen).toBeDisabled();
  // On screen in this chapter (not the story's first), not only in a chapter the reader has scrolled past.
  await expect(chapter(page).locator('.read-aloud-why')).toBeInViewport();
  await expect(chapter(page).locator('.read-aloud-why')).toHaveText(noVoice);
  await page.getByRole('button', { name: 'Read in English' }).click();
  await expect(chapter(page).getByRole('button', { name: 'Listen to the chapter read aloud' })).toBeEnabled();
});

test('in the slides, T shows the other language under the slide text and the slide can be read aloud; the presenter view shows the answers', async ({ page }) => {
  await openAt(page, `/?lang=en&mode=present#${village.id}`);
  const slide = page.getByRole('article', { name: village.title.en });
  await expect(slide.locator('p[lang="es"]')).toHaveCount(0);
  await page.keyboard.press('t');
  await expect(slide.locator('p[lang="es"]')).toContainText('Carlitos vive con su abuela');
  await expect(page).toHaveURL(/[?&]parallel=1/);
  await slide.getByRole('button', { name: 'Listen to the slide read aloud' }).click();
  await expect.poll(async () => (await spoken(page))[0]?.lang).toBe('en-US');
  expect((await spoken(page))[0]!.text).toMatch(/^Carlitos lives with his grandmother Benita/);
  await page.keyboard.press('t');
  await expect(slide.locator('p[lang="es"]')).toHaveCount(0);

  await page.goto(`/?lang=en&mode=presenter#${village.id}`);
  await expect(page.getByRole('heading', { name: 'Comprehension: questions and answers' })).toBeVisible();
  for (const c of lang.comprehension) await expect(page.getByText(`${c.q.en} Answer: ${c.a.en}`)).toBeVisible();
});

/** axe over the page, or only over `include` (the reading page as a whole is a11y.spec's). */
async function expectNoViolations(page: Page, include: readonly string[] = []): Promise<void> {
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
  let axe = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']);
  for (const selector of include) axe = axe.include(selector);
  const { violations } = await axe.analyze();
  expect(violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
}

for (const l of ['en', 'es'] as const) {
  test(`axe finds nothing in the language features (${l}): parallel text, an open gloss, answers, glossary page, handout, slides`, async ({ page }) => {
    await openAt(page, `/?lang=${l}&parallel=1#${village.id}`);
    await chapter(page).getByRole('button', { name: lang.glossary[0]![l], exact: true }).click();
    await chapter(page).locator('.check-toggle').first().click();
    await expectNoViolations(page, [`section#${village.id}`, '[role="tooltip"]']);
    await page.goto(`/?lang=${l}&mode=glossary`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(l === 'en' ? 'Glossary' : 'Glosario');
    await expectNoViolations(page);
    await page.goto(`/?lang=${l}&mode=handout`);
    await expect(page.locator('.handout-key')).toBeVisible();
    await expectNoViolations(page);
    await page.goto(`/?lang=${l}&mode=present&parallel=1#${village.id}`);
    await expect(page.locator('.slide-text-other')).toBeVisible();
    await expectNoViolations(page);
  });
}
