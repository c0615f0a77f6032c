/**
 * Byte budgets on the built files (deterministic, unlike timings). The dist folder is the
 * one Playwright's web server just built.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { measureBudgets } from '../scripts/budget';

const port = Number(process.env.PW_PORT ?? 4173);
const dist = port === 4173 ? 'dist' : `dist-${port}`;
const KB = 1024;

test('what loads before the first chapter is readable stays within 150 KB gzip, fonts and CSS included', () => {
  const b = measureBudgets(dist);
  expect(b.initialFiles.some((f) => /maplibre/.test(f)), 'the map library must not block the text').toBe(false);
  expect(b.initialBytes, b.initialFiles.join(', ')).toBeLessThanOrEqual(150 * KB);
});

test('the basemap data stays within 80 KB gzip', () => {
  expect(measureBudgets(dist).basemapBytes).toBeLessThanOrEqual(80 * KB);
});

test('every script in the build is plain ASCII, so the browser keeps its source one byte a character', () => {
  // The browser keeps each script's source in the page's memory: one character outside Latin-1
  // (MapLibre's Arabic shaping table, a "≈" in the story) and all of it is kept two bytes a
  // character, 2.2 MB for the map's 1.1 MB. The build writes such characters as escapes (vite.config.ts).
  const scripts = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.js'));
  expect(scripts.length).toBeGreaterThan(3);
  const wide = scripts.flatMap((f) => {
    const i = readFileSync(join(dist, f), 'utf8').search(/[^\t\n\r -~]/);
    return i < 0 ? [] : [`${f} at ${i}`];
  });
  expect(wide).toEqual([]);
});
