/** What features add inside a chapter card (character chips, the call card …). */
import type { Lang } from '@/content/schema';
import type { Chapter } from '@/content/story-types';

export function ChapterExtras(_props: { chapter: Chapter; lang: Lang }) {
  return null;
}
