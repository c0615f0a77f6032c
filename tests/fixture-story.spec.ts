import { expect, test } from '@playwright/test';
import { loadStory } from './support/story';
import { scrollToChapter } from './support/reading';

const fixture = loadStory('tests/fixtures/tiny-story');
const film = loadStory('story');

test('another story renders with the same code, and none of the film’s text appears', async ({ page }) => {
  await page.goto('/?lang=en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(fixture.settings.title.en);
  await expect(page.locator('section[data-chapter] h2')).toHaveText(fixture.chapters.map((c) => c.title.en));
  await scrollToChapter(page, fixture.chapters.at(-1)!.id);
  // The story's own text (the basemap's reference city names are map data, not story facts).
  const text = [await page.locator('header.topbar').innerText(), await page.locator('#story').innerText()].join('\n');
  const filmWords = [
    film.settings.title.en, film.settings.title.es,
    ...film.characters.map((c) => c.name.en), ...film.places.map((p) => p.name.en),
  ];
  for (const word of filmWords) expect(text).not.toContain(word);
  expect(text).not.toMatch(/Carlitos|Rosario|El Paso|Los Angeles/);
});
