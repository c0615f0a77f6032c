/** The activities students check themselves, by mouse, touch and keyboard; and how teachers reach them. */
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { readFileSync } from 'node:fs';
import { loadStory } from './support/story';
import { withoutWebGL } from './support/no-webgl';

// The activities draw no WebGL map: the reading page they are reached from need not either.
test.beforeEach(({ page }) => withoutWebGL(page));

const story = loadStory();
const acts = parse(readFileSync('story/activities.yaml', 'utf8')) as {
  order: { chapter: string; text: { en: string; es: string } }[];
  where: { answer: string; choices: string[]; chapter: string };
  match: { character: string; did: { en: string; es: string } }[];
};
const place = (id: string) => story.places.find((p) => p.id === id)!;
const chapter = (id: string) => story.chapters.find((c) => c.id === id)!;
const person = (id: string) => story.characters.find((c) => c.id === id)!;

test.use({ locale: 'en-US' });

const orderItems = (page: Page) => page.locator('.order-list > li .order-text');

/** Puts the events in the right order with the Down buttons, the way a student would. */
async function sortEvents(page: Page) {
  for (let target = 0; target < acts.order.length; target++) {
    const text = acts.order[target]!.text.en;
    for (;;) {
      const texts = await orderItems(page).allTextContents();
      const at = texts.indexOf(text);
      if (at === target) break;
      await page.getByRole('button', { name: `Move up: ${text}` }).click();
    }
  }
}

test('putting the week in order: a wrong order shows the fix with links to the chapters, the right order scores full', async ({ page }) => {
  await page.goto('/?mode=activities&lang=en');
  const order = page.getByRole('region', { name: '1. Put the week in order' });
  await order.getByRole('button', { name: 'Check' }).click();
  const result = order.getByRole('status');
  await expect(result).toContainText(/Score: [0-7] of 8 in the right place\./);
  const fix = result.getByRole('listitem');
  await expect(fix).toHaveText(acts.order.map((e) => new RegExp(e.text.en.replace(/[.?()]/g, '\\$&'))));
  // By keyboard: focus a Down button and press Enter; the list changes and the result is cleared.
  const first = (await orderItems(page).first().textContent())!;
  await page.getByRole('button', { name: `Move down: ${first}` }).focus();
  await page.keyboard.press('Enter');
  await expect(orderItems(page).nth(1)).toHaveText(first);
  await expect(result).toHaveCount(0);

  await sortEvents(page);
  await order.getByRole('button', { name: 'Check' }).click();
  await expect(order.getByRole('status')).toHaveText('Score: 8 of 8 in the right place. All correct!');
});

test('the map question accepts the right place by click and by keyboard, refuses a wrong one by either, and links to the chapter', async ({ page }) => {
  await page.goto('/?mode=activities&lang=es');
  const where = page.getByRole('region', { name: '2. ¿Dónde estaba?' });
  const wrongId = acts.where.choices.find((id) => id !== acts.where.answer)!;
  const wrong = where.getByRole('button', { name: place(wrongId).name.es });
  const right = where.getByRole('button', { name: place(acts.where.answer).name.es });
  await wrong.click();
  await expect(where.getByRole('status')).toContainText('No es ahí. Puntaje: 0 de 1.');
  await right.click();
  await expect(where.getByRole('status')).toContainText('¡Correcto! Puntaje: 1 de 1.');

  // By keyboard: Tab to a place and press Enter.
  await wrong.focus();
  await page.keyboard.press('Enter');
  await expect(wrong).toHaveAttribute('aria-pressed', 'true');
  await expect(where.getByRole('status')).toContainText('No es ahí. Puntaje: 0 de 1.');
  await right.focus();
  await page.keyboard.press('Enter');
  await expect(right).toHaveAttribute('aria-pressed', 'true');
  await expect(where.getByRole('status')).toContainText('¡Correcto! Puntaje: 1 de 1.');
  await where.getByRole('link', { name: `Leer: ${chapter(acts.where.chapter).title.es}` }).click();
  await expect(page.locator(`section#${acts.where.chapter}`)).toHaveAttribute('aria-current', 'step');
});

test('matching people to what they did scores each right pair', async ({ page }) => {
  await page.goto('/?mode=activities&lang=en');
  const match = page.getByRole('region', { name: '3. Who did what?' });
  const [first, second, ...rest] = acts.match;
  await match.getByLabel(person(first!.character).name.en).selectOption({ label: second!.did.en }); // wrong
  for (const m of [second!, ...rest]) await match.getByLabel(person(m.character).name.en).selectOption({ label: m.did.en });
  await match.getByRole('button', { name: 'Check' }).click();
  await expect(match.getByRole('status')).toContainText(`Score: ${acts.match.length - 1} of ${acts.match.length}.`);
  await match.getByLabel(person(first!.character).name.en).selectOption({ label: first!.did.en });
  await match.getByRole('button', { name: 'Check' }).click();
  await expect(match.getByRole('status')).toHaveText(`Score: ${acts.match.length} of ${acts.match.length}. All correct!`);
});

test('teachers reach their page from the top bar and from the About chapter, and the activities from there', async ({ page }) => {
  await page.goto('/?lang=en');
  await page.getByRole('banner').getByRole('button', { name: 'For teachers' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('For teachers');
  await expect(page).toHaveURL(/mode=teach/);
  await expect(page.getByRole('heading', { name: 'Before you start: a classroom safe for everyone' })).toBeVisible();
  await page.getByRole('button', { name: 'Activities for students →' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Activities');
  await page.getByRole('button', { name: 'Back to the story' }).click();

  const about = story.chapters.at(-1)!;
  await page.goto(`/?lang=es#${about.id}`);
  await page.locator(`section#${about.id}`).getByRole('button', { name: 'Para docentes' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Para docentes');
});
