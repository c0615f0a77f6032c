/**
 * Which Chromium the end-to-end tests drive. Default: Debian's `/usr/bin/chromium`
 * (Playwright cannot download its own browser on our machines). Set CHROMIUM_PATH to use
 * another binary, or CHROMIUM_PATH="" to use Playwright's bundled browser.
 */
import { existsSync } from 'node:fs';
import type { LaunchOptions } from '@playwright/test';

export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

export function chromiumPath(): string | undefined {
  const env = process.env.CHROMIUM_PATH;
  if (env === '') return undefined; // Playwright's own browser
  return env ?? DEFAULT_CHROMIUM;
}

export function chromiumLaunchOptions(): LaunchOptions {
  const executablePath = chromiumPath();
  if (executablePath && !existsSync(executablePath)) {
    throw new Error(
      `No Chromium at ${executablePath}. Install Debian's: sudo apt-get install -y chromium, ` +
        'or set CHROMIUM_PATH to a Chromium binary, or CHROMIUM_PATH="" after `npx playwright install chromium`.',
    );
  }
  return {
    executablePath,
    args: [
      '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--enable-unsafe-swiftshader', '--use-angle=swiftshader', '--ignore-gpu-blocklist',
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    ],
  };
}
