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
/** Presenter notes and questions: a separate module, so readers never download them. */
const TEACHING_ID = 'virtual:story-teaching';
const TEACHING_RESOLVED = '\0virtual:story-teaching';
/** Glossary and comprehension questions: loaded when a reader first uses them. */
const LANGUAGE_ID = 'virtual:story-language';
const LANGUAGE_RESOLVED = '\0virtual:story-language';

export function storyPlugin(): Plugin {
  let dir = '';
  let label = 'story';
  let server: ViteDevServer | undefined;
  let loaded: ReturnType<typeof loadStoryDir> | null = null;
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
        loaded = null;
        for (const id of [RESOLVED, TEACHING_RESOLVED, LANGUAGE_RESOLVED]) {
          const mod = s.moduleGraph.getModuleById(id);
          if (mod) s.moduleGraph.invalidateModule(mod);
        }
        s.ws.send({ type: 'full-reload' });
      };
      s.watcher.on('change', onChange);
      s.watcher.on('add', onChange);
      s.watcher.on('unlink', onChange);
    },
    resolveId(id) {
      if (id === ID) return RESOLVED;
      if (id === LANGUAGE_ID) return LANGUAGE_RESOLVED;
      return id === TEACHING_ID ? TEACHING_RESOLVED : undefined;
    },
    load(id) {
      if (id !== RESOLVED && id !== TEACHING_RESOLVED && id !== LANGUAGE_RESOLVED) return undefined;
      // One read of the folder serves all three modules (until a story file changes).
      loaded ??= loadStoryDir(dir, label);
      const result = loaded;
      if (!result.ok) {
        const error = new StoryError(result.issues);
        if (server) server.config.logger.error(error.message);
        throw error;
      }
      const { teaching, classroom, language, ...reader } = result.story;
      if (id === RESOLVED) return `export default ${JSON.stringify(reader)};`;
      if (id === LANGUAGE_RESOLVED) return `export default ${JSON.stringify(language)};`;
      return `export default ${JSON.stringify(teaching)};\nexport const classroom = ${JSON.stringify(classroom)};`;
    },
  };
}
