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
const GEO_ID = 'virtual:story-geo';
const GEO_RESOLVED = '\0virtual:story-geo';
const SLIDES_ID = 'virtual:story-slides';
const SLIDES_RESOLVED = '\0virtual:story-slides';
const CAST_ID = 'virtual:story-cast';
const CAST_RESOLVED = '\0virtual:story-cast';

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
      if (id === GEO_ID) return GEO_RESOLVED;
      if (id === SLIDES_ID) return SLIDES_RESOLVED;
      if (id === CAST_ID) return CAST_RESOLVED;
      return id === TEACHING_ID ? TEACHING_RESOLVED : undefined;
    },
    load(id) {
      if (id !== RESOLVED && id !== TEACHING_RESOLVED && id !== LANGUAGE_RESOLVED && id !== GEO_RESOLVED && id !== SLIDES_RESOLVED && id !== CAST_RESOLVED) return undefined;
      // One read of the folder serves all six modules (until a story file changes).
      loaded ??= loadStoryDir(dir, label);
      const result = loaded;
      if (!result.ok) {
        const error = new StoryError(result.issues);
        if (server) server.config.logger.error(error.message);
        throw error;
      }
      const { teaching, classroom, language, gazetteer, plans, ...reader } = result.story;
      // Slide texts only matter to the slides and the presenter window (loaded on first use).
      const chapters = reader.chapters.map(({ slide: _slide, ...chapter }) => chapter);
      // Place descriptions and notes are the editor's research: no screen shows them.
      const places = reader.places.map(({ description: _d, note: _n, ...place }) => place);
      // Who each person is and who plays them: only the cast panel and the handout show it.
      const characters = reader.characters.map(({ role: _r, relationship: _rel, actorNote: _a, ...person }) => person);
      if (id === RESOLVED) return `export default ${JSON.stringify({ ...reader, chapters, places, characters })};`;
      if (id === CAST_RESOLVED) {
        const details = Object.fromEntries(reader.characters.map((c) => [c.id, { role: c.role, relationship: c.relationship, actorNote: c.actorNote }]));
        return `export default ${JSON.stringify(details)};`;
      }
      if (id === SLIDES_RESOLVED) return `export default ${JSON.stringify(Object.fromEntries(reader.chapters.flatMap((c) => (c.slide ? [[c.id, c.slide]] : []))))};`;
      // The map's own data (names, drawn plans): only the map's code, loaded after the text, needs it.
      if (id === GEO_RESOLVED) return `export default ${JSON.stringify({ gazetteer, plans })};`;
      if (id === LANGUAGE_RESOLVED) return `export default ${JSON.stringify(language)};`;
      return `export default ${JSON.stringify(teaching)};\nexport const classroom = ${JSON.stringify(classroom)};`;
    },
  };
}
