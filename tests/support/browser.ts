/**
 * Which Chromium the end-to-end tests drive. `npm test` finds or installs one first
 * (scripts/ensure-browser.mjs) and passes it as CHROMIUM_PATH; "" means Playwright's own.
 * Run directly (`npx playwright test`), the tests take CHROMIUM_PATH, else the system's
 * Chromium, else Playwright's own.
 */
import { existsSync } from 'node:fs';
import type { LaunchOptions } from '@playwright/test';

const SYSTEM_CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/snap/bin/chromium'];

export function chromiumPath(): string | undefined {
  const env = process.env.CHROMIUM_PATH;
  if (env !== undefined) return env === '' ? undefined : env;
  return SYSTEM_CHROMIUM.find((p) => existsSync(p));
}

export function chromiumLaunchOptions(): LaunchOptions {
  const executablePath = chromiumPath();
  if (executablePath && !existsSync(executablePath)) {
    throw new Error(`No Chromium at ${executablePath} (CHROMIUM_PATH). \`npm test\` finds or installs one by itself.`);
  }
  return {
    executablePath,
    args: [
      '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--enable-unsafe-swiftshader', '--use-angle=swiftshader', '--ignore-gpu-blocklist',
      // Wheel and key scrolls land at once instead of animating for ~150 ms each: the tests wait
      // for the page to settle after every scroll, and this is most of their time.
      '--disable-smooth-scrolling',
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    ],
  };
}
