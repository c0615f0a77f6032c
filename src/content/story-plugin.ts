/**
 * Vite plugin: serves the validated story as `virtual:story`. An invalid story fails
 * `vite build` and shows every problem in the dev overlay; fixing the file reloads the page.
 */
import { relative } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { StoryError } from './story-errors.ts';
import { loadStoryDir, resolveStoryDir } from './read-story-dir.ts';

const ID = 'virtual:story';
const RESOLVED = '\0virtual:story';

export function storyPlugin(): Plugin {
  let dir = '';
  let label = 'story';
  let server: ViteDevServer | undefined;
  return {
    name: 'under-the-same-moon:story',
    configResolved(config) {
      dir = resolveStoryDir(config.root);
      label = relative(config.root, dir) || '.';
    },
    configureServer(s) {
      server = s;
      s.watcher.add(dir);
      const onChange = (file: string) => {
        if (!file.startsWith(dir)) return;
        const mod = s.moduleGraph.getModuleById(RESOLVED);
        if (mod) s.moduleGraph.invalidateModule(mod);
        s.ws.send({ type: 'full-reload' });
      };
      s.watcher.on('change', onChange);
      s.watcher.on('add', onChange);
      s.watcher.on('unlink', onChange);
    },
    resolveId(id) {
      return id === ID ? RESOLVED : undefined;
    },
    load(id) {
      if (id !== RESOLVED) return undefined;
      const result = loadStoryDir(dir, label);
      if (!result.ok) {
        const error = new StoryError(result.issues);
        if (server) server.config.logger.error(error.message);
        throw error;
      }
      return `export default ${JSON.stringify(result.story)};`;
    },
  };
}
