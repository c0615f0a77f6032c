import { expect, type Page } from '@playwright/test';
import { scrollToChapter } from './reading';
import type { Story } from '../../src/content/story-types';

/**
 * Reads every chapter in order (or only `chapters`), checking its title and the still map
 * beside it.
 */
export async function readWholeStoryWithStillMap(page: Page, story: Story, lang: 'es' | 'en', chapters = story.chapters): Promise<void> {
  for (const chapter of chapters) {
    await scrollToChapter(page, chapter.id);
    await expect(page.locator(`section#${chapter.id} h2`)).toHaveText(chapter.title[lang]);
    await expect(page.locator('.map-fallback svg[role="img"]')).toBeVisible();
  }
}

export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}
