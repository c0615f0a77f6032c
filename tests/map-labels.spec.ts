/**
 * Map labels as a reader sees them: MapLibre places the real names a chapter's text uses
 * (the map element lists what survived collision detection in data-labels), and switching
 * the language re-labels the same map in place.
 */
import { expect, test } from '@playwright/test';
import { mapCanvas, mapSettled } from './support/map';

test.use({ locale: 'en-US', viewport: { width: 1280, height: 800 } });

test('the names a chapter uses are on its map, and change language without a new map', async ({ page }) => {
  await page.goto('/?lang=en#bus-station');
  await mapSettled(page);
  const map = mapCanvas(page);
  await expect(map).toHaveAttribute('data-labels', /(^|\|)El Paso(\||$)/);
  await expect(map).toHaveAttribute('data-labels', /Ciudad Juárez/);
  await expect(map).toHaveAttribute('data-labels', /≈ The El Paso bus station/);
  const canvas = await map.locator('canvas').elementHandle();

  await page.getByRole('button', { name: 'Leer en español' }).click();
  await expect(map).toHaveAttribute('data-labels', /≈ La estación de autobuses de El Paso/);
  // The same canvas: re-labelled in place, not rebuilt.
  expect(await map.locator('canvas').evaluate((c, before) => c === before, canvas)).toBe(true);

  await page.goto('/?lang=en#enriques-choice');
  await mapSettled(page);
  await expect(map).toHaveAttribute('data-labels', /Whittier Boulevard/);
  await expect(map).toHaveAttribute('data-labels', /Boyle Heights/);
});
