/** The story the e2e tests compare the page against, read and validated like the build does. */
import { resolve } from 'node:path';
import { loadStoryDir } from '../../src/content/read-story-dir.ts';
import type { Story } from '../../src/content/story-types.ts';

export function loadStory(dir = 'story'): Story {
  const result = loadStoryDir(resolve(dir), dir);
  if (!result.ok) throw new Error(`story in ${dir} is invalid`);
  return result.story;
}
