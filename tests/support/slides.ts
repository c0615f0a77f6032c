/** The slides as a reader sees them: the title, the counter, the URL and the announcement. */
import { expect, type Page } from '@playwright/test';
import { loadStory } from './story';

const chapters = loadStory().chapters;

export const slideTitle = (page: Page) => page.getByRole('heading', { level: 1 });
export const slideCounter = (page: Page) => page.getByRole('progressbar', { name: 'Presentation' });

/** The slide shown is chapter `i`: its title, the counter, the URL and the announcement agree. */
export async function expectSlide(page: Page, i: number): Promise<void> {
  const total = chapters.length;
  const chapter = chapters[i]!;
  await expect(slideTitle(page)).toHaveText(chapter.title.en);
  await expect(slideCounter(page)).toHaveAttribute('aria-valuenow', String(i + 1));
  await expect(page.getByRole('toolbar', { name: 'Presentation controls' })).toContainText(`${i + 1} / ${total}`);
  await expect(page).toHaveURL(new RegExp(`[?&]mode=present.*#${chapter.id}$`));
  await expect(page.getByRole('status').filter({ hasText: `Slide ${i + 1} of ${total}: ${chapter.title.en}` })).toHaveCount(1);
}
