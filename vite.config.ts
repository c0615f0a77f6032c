/// <reference types="vitest/config" />
import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { storyPlugin } from './src/content/story-plugin.ts';
import { activitiesPlugin } from './src/content/activities-plugin.ts';
import { serviceWorkerPlugin } from './src/offline/sw-plugin.ts';
import { cspPlugin } from './src/build/csp-plugin.ts';
import { singleFilePlugins } from './src/build/single-file-plugin.ts';

/** `npm run package` builds the single-file copy with this set (scripts/package.ts). */
const singleFile = process.env.USM_SINGLE_FILE === '1';

export default defineConfig({
  // Relative asset paths: the same build works at a site's root and under any sub-path
  // (GitHub Pages project sites, a folder on a school server, two stories on one origin).
  base: './',
  plugins: [react(), storyPlugin(), activitiesPlugin(), ...(singleFile ? singleFilePlugins() : [serviceWorkerPlugin()]), cspPlugin()],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  build: {
    target: 'es2022', sourcemap: false, manifest: true, outDir: process.env.OUT_DIR ?? 'dist',
    // Characters outside ASCII written as escapes: a script with even one beyond Latin-1 is kept
    // in memory two bytes a character (the map's 1.1 MB as 2.2 MB); tests/budgets.spec.ts.
    rolldownOptions: { output: { charset: 'ascii' } },
  },
  server: { host: '127.0.0.1' },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    environment: 'node',
    // A test's outcome must not depend on the machine's load: no 5 s default for the few that
    // render React in jsdom or parse whole stories. Property tests set their own budget.
    testTimeout: 30_000,
  },
});
