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

  // Where Carlitos finds the corner: the boulevard the route arrives along, and the drawn
  // plan of the corner with its shops named (drawn under the detail patch, it was hidden).
  await page.goto('/?lang=en#enriques-choice');
  await mapSettled(page);
  await expect(map).toHaveAttribute('data-labels', /Whittier Boulevard/);
  // The shops' names are map labels too (placed by MapLibre with every other name).
  await expect(map).toHaveAttribute('data-labels', /Pizza place/);
  await expect(page.locator('.plan-caption.is-shown')).toBeVisible();
  // The shops' own fill (#e7b98a) on the map, not only bare land.
  const png = await map.screenshot();
  const shopPixels = await page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = document.createElement('canvas');
    [c.width, c.height] = [img.width, img.height];
    const g = c.getContext('2d')!;
    g.drawImage(img, 0, 0);
    const d = g.getImageData(0, 0, c.width, c.height).data;
    let n = 0;
    for (let i = 0; i < d.length; i += 4) if (Math.abs(d[i]! - 0xe7) + Math.abs(d[i + 1]! - 0xb9) + Math.abs(d[i + 2]! - 0x8a) < 30) n++;
    return n;
  }, png.toString('base64'));
  expect(shopPixels).toBeGreaterThan(500);
});
