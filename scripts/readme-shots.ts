/**
 * `npm run screenshots`: redraws the README's screenshots (docs/*.png) from a fresh build, in
 * headless Chromium: a reading view in English, the corner in Spanish, and a projected slide.
 * Each waits until the map has settled (the same state the tests read off the page).
 */
import { spawn, spawnSync } from 'node:child_process';
import { chromium, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from '../tests/support/browser';

const OUT = 'dist-shots';
const PORT = 4479;
const SHOTS = [
  { file: 'docs/screenshot.png', url: '/?lang=en#birthday-call', size: { width: 1280, height: 800 } },
  { file: 'docs/screenshot-corner.png', url: '/?lang=es#the-corner', size: { width: 1280, height: 800 } },
  { file: 'docs/screenshot-present.png', url: '/?lang=en&mode=present#bus-station', size: { width: 1280, height: 720 } },
] as const;

const VOICES = `(() => {
  const voices = [['es-MX', 'Paulina'], ['en-US', 'Samantha']].map(([lang, name]) => ({ lang, name, voiceURI: name, localService: true, default: false }));
  if (window.speechSynthesis) window.speechSynthesis.getVoices = () => voices;
})()`;

async function settled(page: Page): Promise<void> {
  await page.waitForSelector('.map-pane[data-map-state="ready"] .map-canvas[data-camera]:not([data-moving])', { timeout: 60_000 });
  // The language kit and the fonts settle the text; then two still frames.
  await page.evaluate(() => document.fonts.ready);
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
}

async function main(): Promise<void> {
  const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit', env: { ...process.env, OUT_DIR: OUT } });
  if (build.status !== 0) process.exit(build.status ?? 1);
  // Its own process group, so that stopping it stops the server npx started too.
  const server = spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort', '--outDir', OUT], { stdio: 'ignore', detached: true });
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    for (let i = 0; i < 60; i++) {
      if (await fetch(`http://localhost:${PORT}/`).then((r) => r.ok, () => false)) break;
      await new Promise((r) => setTimeout(r, 500));
    }
    for (const shot of SHOTS) {
      const page = await browser.newPage({ viewport: shot.size, serviceWorkers: 'block' });
      // A reader's device has voices; headless Chromium has none, and each chapter would say so.
      // (A string: tsx would wrap a function in helpers the page does not have.)
      await page.addInitScript(VOICES);
      await page.goto(`http://localhost:${PORT}${shot.url}`);
      await settled(page);
      await page.screenshot({ path: shot.file });
      console.log(`Written: ${shot.file}`);
      await page.close();
    }
  } finally {
    await browser.close();
    process.kill(-server.pid!);
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
