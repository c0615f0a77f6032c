/**
 * A new deployment on a host that sends `Cache-Control: max-age=600` (GitHub Pages does):
 * a returning visitor gets the new version, online and offline, never the old page without
 * its files (review D1: the new worker used to store the old index.html and blank the app).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { buildFixtureVariant, hostPort } from './support/builds';
import { startStaticHost, type StaticHost } from './support/static-server';

const FIRST = 'harbour-start';
const sentence = (v: string) => `Deployment ${v} of the lighthouse story.`;

function deployment(v: 'A' | 'B'): string {
  return buildFixtureVariant(`deploy-${v}`, (dir) => {
    const file = join(dir, 'chapters/01-harbour-start.md');
    const text = readFileSync(file, 'utf8').replace('thinks of her lighthouse.', `thinks of her lighthouse. ${sentence(v)}`);
    writeFileSync(file, text);
  });
}

/** Resolves once a service worker controls the page. */
const controlled = (page: Page) =>
  page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    }
  });

/** What the browser does for a returning visitor's navigation: asks the server for a new worker. */
const checkForUpdate = (page: Page) =>
  page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    await registration?.update();
  });

const workerStates = (page: Page) =>
  page.evaluate(async () => {
    const r = await navigator.serviceWorker.getRegistration();
    return { installing: !!r?.installing, waiting: !!r?.waiting };
  });

/**
 * Resolves once the waiting worker has taken over, as it does when no tab uses the old one any
 * more: the visitor "comes back later". (A tab opened the instant the last one closed can still
 * be served by the old worker, whose version is whole too; the browser has not let it go yet.)
 */
const takenOver = (context: BrowserContext) =>
  expect.poll(async () => {
    for (const worker of context.serviceWorkers()) {
      const { registration } = await worker.evaluate(() => {
        const { waiting, active } = (self as unknown as { registration: ServiceWorkerRegistration }).registration;
        return { registration: { waiting: !!waiting, active: active?.state ?? null } };
      }).catch(() => ({ registration: null }));
      if (registration && !registration.waiting && registration.active === 'activated') return true;
    }
    return false;
  }, { timeout: 30_000 }).toBe(true);

const firstChapter = (page: Page) => page.locator(`section#${FIRST}`);

// One build and one host for the whole file: its tests run in order in one worker.
test.describe.configure({ mode: 'default' });

let host: StaticHost;
let a = '';
let b = '';
test.beforeAll(() => {
  test.setTimeout(120_000);
  a = deployment('A');
  b = deployment('B');
});
test.afterAll(async () => host?.close());

test('after a redeploy under max-age=600, a returning visitor sees the new version, online and offline', async ({ context }) => {
  test.setTimeout(120_000);
  host = await startStaticHost(hostPort(1), { '/': a }, 'max-age=600');
  const url = `${host.origin}/?lang=en`;

  let page = await context.newPage();
  await page.goto(url);
  await expect(firstChapter(page)).toContainText(sentence('A'));
  await controlled(page);

  // Deployment B replaces A: A's files are gone from the server.
  host.mount('/', b);
  await page.reload();
  // The open tab keeps A (from A's cache), while B's worker installs and waits.
  await expect(firstChapter(page)).toContainText(sentence('A'));
  await checkForUpdate(page);
  await expect.poll(() => workerStates(page), { timeout: 30_000 }).toEqual({ installing: false, waiting: true });

  // The visitor closes the tab and comes back later: B, whole and working.
  await page.close();
  await takenOver(context);
  page = await context.newPage();
  await page.goto(url);
  await expect(firstChapter(page)).toContainText(sentence('B'));
  await expect(page.locator('#story')).not.toContainText(sentence('A'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('The Lighthouse and the Cat');
  const caches = await page.evaluate(async () => (await window.caches.keys()).filter((k) => k.includes(':lighthouse-and-cat:')));
  expect(caches, 'the new deployment removed its own previous cache').toHaveLength(1);

  // And offline, with the server gone too.
  await host.close();
  await context.setOffline(true);
  await page.reload();
  await expect(firstChapter(page)).toContainText(sentence('B'));
  await expect(page.locator('section[data-chapter]')).toHaveCount(3);
  await context.setOffline(false);
});
