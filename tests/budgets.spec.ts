/**
 * Byte budgets on the built files (deterministic, unlike timings). The dist folder is the
 * one Playwright's web server just built.
 */
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
