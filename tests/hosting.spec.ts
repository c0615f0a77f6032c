/**
 * The same build, hosted the ways real sites are: under a sub-path (a GitHub Pages project
 * site, a folder on a school server), and two stories on one origin (review D3, D4).
 */
import { expect, test, type Page } from '@playwright/test';
import { fixtureBuild, hostPort, storyBuild } from './support/builds';
import { mapSettled } from './support/map';
import { startStaticHost } from './support/static-server';
import { loadStory } from './support/story';

const film = loadStory();
const tiny = loadStory('tests/fixtures/tiny-story');

const controlled = (page: Page) =>
  page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    }
    return (await navigator.serviceWorker.getRegistration())?.scope;
  });

test('the build served under /some/path/ loads whole, then reads end to end offline', async ({ page, context }) => {
  test.setTimeout(150_000);
  const host = await startStaticHost(hostPort(2), { '/some/path/': storyBuild });
  const missing: string[] = [];
  page.on('response', (r) => r.status() >= 400 && missing.push(`${r.status()} ${r.url()}`));
  try {
    await page.goto(`${host.origin}/some/path/?lang=en`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(film.settings.title.en);
    // The map library, its worker and the basemap all came from under the sub-path.
    await mapSettled(page);
    expect(await controlled(page)).toBe(`${host.origin}/some/path/`);
    const fontLoaded = await page.evaluate(async () => {
      await document.fonts.ready;
      return [...document.fonts].some((f) => f.family.includes('Literata') && f.status === 'loaded');
    });
    expect(fontLoaded, 'the story font loads from under the sub-path').toBe(true);
    expect(missing).toEqual([]);
  } finally {
    await host.close();
  }

  // The server is gone and the network too: the whole story still reads, map included.
  await context.setOffline(true);
  await page.goto(`${host.origin}/some/path/?lang=es`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(film.settings.title.es);
  await expect(page.locator('section[data-chapter] h2')).toHaveText(film.chapters.map((c) => c.title.es));
  const last = film.chapters.at(-1)!;
  await page.goto(`${host.origin}/some/path/?lang=es#${last.id}`);
  await expect(page.locator(`section#${last.id}`)).toHaveAttribute('aria-current', 'step');
  await mapSettled(page);
  await page.goto(`${host.origin}/some/path/?mode=present&lang=es#${film.chapters[3]!.id}`);
  await expect(page.locator('#slide-title')).toHaveText(film.chapters[3]!.title.es);
  await context.setOffline(false);
});

test('two stories on one origin keep their own offline copies and their own presenter channels', async ({ context }) => {
  test.setTimeout(120_000);
  const host = await startStaticHost(hostPort(3), { '/a/': storyBuild, '/b/': fixtureBuild });
  const open = async (path: string) => {
    const page = await context.newPage();
    await page.goto(`${host.origin}${path}`);
    return page;
  };
  // Presenter windows: they follow the deck channel like the projector, without drawing a map.
  const a = await open(`/a/?mode=presenter&lang=en#${film.chapters[1]!.id}`);
  const a2 = await open(`/a/?mode=presenter&lang=en#${film.chapters[1]!.id}`);
  const b = await open('/b/?mode=presenter&lang=es');
  const b2 = await open('/b/?mode=presenter&lang=es');
  try {
    await expect(a.locator('#presenter-title')).toHaveText(film.chapters[1]!.title.en);
    await expect(b2.locator('#presenter-title')).toHaveText(tiny.chapters[0]!.title.es);

    // End in story B moves B's other window (the message went out) and nothing of story A.
    await b.keyboard.press('End');
    await expect(b2.locator('#presenter-title')).toHaveText(tiny.chapters.at(-1)!.title.es);
    await expect(a.locator('#presenter-title')).toHaveText(film.chapters[1]!.title.en);
    await expect(a.locator('html')).toHaveAttribute('lang', 'en');
    await expect(a2.locator('#presenter-title')).toHaveText(film.chapters[1]!.title.en);
    // A's own channel still works.
    await a.keyboard.press('ArrowRight');
    await expect(a2.locator('#presenter-title')).toHaveText(film.chapters[2]!.title.en);

    // Each story's worker keeps its own cache: neither deleted the other's.
    await controlled(a);
    await controlled(b);
    const keys = await a.evaluate(async () => (await caches.keys()).sort());
    expect(keys).toEqual([
      expect.stringMatching(/^usm:lighthouse-and-cat:\/b\/:/),
      expect.stringMatching(/^usm:under-the-same-moon:\/a\/:/),
    ]);
  } finally {
    await host.close();
    for (const p of [a2, b, b2]) await p.close();
  }

  await context.setOffline(true);
  await a.goto(`${host.origin}/a/?lang=en`);
  await expect(a.getByRole('heading', { level: 1 })).toHaveText(film.settings.title.en);
  await expect(a.locator('section[data-chapter]')).toHaveCount(film.chapters.length);
  await a.goto(`${host.origin}/b/?lang=en`);
  await expect(a.getByRole('heading', { level: 1 })).toHaveText(tiny.settings.title.en);
  await expect(a.locator('section[data-chapter]')).toHaveCount(tiny.chapters.length);
  await context.setOffline(false);
});
