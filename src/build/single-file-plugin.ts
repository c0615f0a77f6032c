/**
 * Vite plugins for the single-file copy (`npm run package`, see scripts/package.ts): every
 * script, style and font inlined into index.html (vite-plugin-singlefile), the map worker from
 * a blob instead of a file, and the file shim installed before the app starts. The page's data
 * files and its content-security policy are added after the build (single-file-html.ts).
 */
import { fileURLToPath } from 'node:url';
import type { Plugin, PluginOption } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';

const inlineWorker = fileURLToPath(new URL('../offline/inline-worker-url.ts', import.meta.url));

export function singleFilePlugins(): PluginOption[] {
  const own: Plugin = {
    name: 'usm-single-file',
    enforce: 'pre',
    resolveId(id) {
      return id.endsWith('maplibre-gl-worker.mjs?url') ? inlineWorker : null;
    },
    transform(code, id) {
      if (!/[/\\]src[/\\]main\.tsx$/.test(id)) return null;
      return { code: `import './offline/install-offline-files';\n${code}`, map: null };
    },
  };
  return [own, viteSingleFile()];
}
