/**
 * Vite plugin: serves `story/activities.yaml`, validated, as `virtual:story-activities` — its
 * own module, loaded only by the Activities page and the worksheet. Without the file the
 * story simply has no activities. A problem fails the build, naming the file and field.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { parse } from 'yaml';
import { activitiesSchema, checkActivityReferences, type Activities } from './activities-schema.ts';
import { loadStoryDir, resolveStoryDir } from './read-story-dir.ts';

const ID = 'virtual:story-activities';
const RESOLVED = `\0${ID}`;
export const ACTIVITIES_FILE = 'activities.yaml';

/** The story folder's activities, or the list of what is wrong with them. */
export function loadActivities(dir: string): { ok: true; activities: Activities } | { ok: false; issues: string[] } {
  const file = join(dir, ACTIVITIES_FILE);
  if (!existsSync(file)) return { ok: true, activities: {} };
  let data: unknown;
  try {
    data = parse(readFileSync(file, 'utf8'));
  } catch (e) {
    return { ok: false, issues: [`${ACTIVITIES_FILE}: not valid YAML: ${(e as Error).message.split('\n')[0]}`] };
  }
  const parsed = activitiesSchema.safeParse(data ?? {});
  if (!parsed.success) {
    return { ok: false, issues: parsed.error.issues.map((i) => `${ACTIVITIES_FILE} ${i.path.join('.') || '(top)'}: ${i.message}`) };
  }
  const story = loadStoryDir(dir, 'story');
  if (!story.ok) return { ok: true, activities: parsed.data }; // the story's own problems are reported by the story plugin
  const issues = checkActivityReferences(parsed.data, story.story).map((m) => `${ACTIVITIES_FILE} ${m}`);
  return issues.length ? { ok: false, issues } : { ok: true, activities: parsed.data };
}

export function activitiesPlugin(): Plugin {
  let dir = '';
  return {
    name: 'under-the-same-moon:activities',
    configResolved(config) {
      dir = resolveStoryDir(config.root);
    },
    configureServer(server) {
      server.watcher.on('change', (file) => {
        const mod = file === join(dir, ACTIVITIES_FILE) ? server.moduleGraph.getModuleById(RESOLVED) : undefined;
        if (mod) server.moduleGraph.invalidateModule(mod);
      });
    },
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    load(id) {
      if (id !== RESOLVED) return undefined;
      const result = loadActivities(dir);
      if (!result.ok) throw new Error(`The story's activities have problems:\n${result.issues.map((i) => `  - ${i}`).join('\n')}`);
      return `export default ${JSON.stringify(result.activities)};`;
    },
  };
}
