/**
 * Deep links: `#chapter-id` opens at that chapter. (The session writes the hash back as the
 * reader moves: see session-url.ts.)
 */
import type { Chapter } from '@/content/story-types';
import { idFromHash } from '@/lib/url/safe-decode';

export function chapterIndexFromHash(hash: string, chapters: readonly Chapter[]): number {
  const id = idFromHash(hash); // a mistyped or truncated link opens at the cover
  return id ? chapters.findIndex((c) => c.id === id) : -1;
}
