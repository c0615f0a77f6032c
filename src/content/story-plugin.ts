/**
 * Vite plugin: serves the validated story as `virtual:story`. An invalid story fails
 * `vite build` and shows every problem in the dev overlay; fixing the file reloads the page.
 */
import { relative } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { StoryError } from './story-errors.ts';
import { loadStoryDir, resolveStoryDir } from './read-story-dir.ts';

/**
 * The story's modules, each loaded by the code that shows it: the reader's story first;
 * presenter notes and questions (`teaching`: readers never download them); glossary and
 * comprehension (`language`: on first use); the map's names and plans (`geo`); slide texts
 * (`slides`); who each person is (`cast`).
 */
const MODULES = ['story', 'story-teaching', 'story-language', 'story-geo', 'story-slides', 'story-cast'] as const;
type ModuleName = (typeof MODULES)[number];
const PREFIX = '\0virtual:';
const resolved = (name: ModuleName) => `${PREFIX}${name}`;
const nameOf = (id: string): ModuleName | undefined =>
  MODULES.find((name) => id === resolved(name) || id === `virtual:${name}`);

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
        for (const name of MODULES) {
          const mod = s.moduleGraph.getModuleById(resolved(name));
          if (mod) s.moduleGraph.invalidateModule(mod);
        }
        s.ws.send({ type: 'full-reload' });
      };
      s.watcher.on('change', onChange);
      s.watcher.on('add', onChange);
      s.watcher.on('unlink', onChange);
    },
    resolveId(id) {
      const name = id.startsWith(PREFIX) ? undefined : nameOf(id);
      return name && resolved(name);
    },
    load(id) {
      const name = id.startsWith(PREFIX) ? nameOf(id) : undefined;
      if (!name) return undefined;
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
      if (name === 'story') return `export default ${JSON.stringify({ ...reader, chapters, places, characters })};`;
      if (name === 'story-cast') {
        const details = Object.fromEntries(reader.characters.map((c) => [c.id, { role: c.role, relationship: c.relationship, actorNote: c.actorNote }]));
        return `export default ${JSON.stringify(details)};`;
      }
      if (name === 'story-slides') return `export default ${JSON.stringify(Object.fromEntries(reader.chapters.flatMap((c) => (c.slide ? [[c.id, c.slide]] : []))))};`;
      // The map's own data (names, drawn plans): only the map's code, loaded after the text, needs it.
      if (name === 'story-geo') return `export default ${JSON.stringify({ gazetteer, plans })};`;
      if (name === 'story-language') return `export default ${JSON.stringify(language)};`;
      return `export default ${JSON.stringify(teaching)};\nexport const classroom = ${JSON.stringify(classroom)};`;
    },
  };
}
