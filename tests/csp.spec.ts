import { expect, test } from '@playwright/test';
import { mapSettled } from './support/map';
import { scrollSettled } from './support/reading';

test('the production build runs under its strict Content-Security-Policy with no violation', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.addInitScript(() => {
    (window as unknown as { __violations: string[] }).__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __violations: string[] }).__violations.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  const response = await page.goto('/?lang=en');
  expect(await response!.text()).toContain("script-src 'self'");
  await mapSettled(page);
  await page.keyboard.press('End');
  await scrollSettled(page);
  await mapSettled(page);
  expect(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).toEqual([]);
  expect(errors).toEqual([]);
});
