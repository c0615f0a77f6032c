/** `npm run check:story [folder]`: validates a story folder and prints every problem. */
import { relative } from 'node:path';
import { formatIssues } from '../src/content/story-errors';
import { loadStoryDir, resolveStoryDir } from '../src/content/read-story-dir';
import { loadActivities } from '../src/content/activities-plugin';

const dir = resolveStoryDir(process.cwd(), process.argv[2] ?? process.env.STORY_DIR);
const result = loadStoryDir(dir, relative(process.cwd(), dir) || '.');
const activities = loadActivities(dir);
if (!activities.ok) {
  console.error(activities.issues.join('\n'));
  process.exitCode = 1;
}
if (result.ok) {
  const { chapters, places, characters, calls } = result.story;
  console.log(`Story OK: ${chapters.length} chapters, ${places.length} places, ${characters.length} characters, ${calls.length} calls.`);
} else {
  console.error(formatIssues(result.issues));
  process.exit(1);
}
