import { expect, test, type Page } from '@playwright/test';
import { frameScrollSettled, hostState, ofType, openHost, postRaw, received, startHost, tellStory, wheelInFrameTo, type HostServer } from './support/host';
import { openMapMenu } from './support/map';
import { loadStory } from './support/story';
import { withoutWebGL } from './support/no-webgl';

const story = loadStory();
const [first, second, third] = story.chapters;
const later = story.chapters[Math.floor(story.chapters.length / 2)]!;
const SOURCE = 'under-the-same-moon';

test.use({ locale: 'en-US' });

// Most of these test the host protocol, not the WebGL map: the still map stands in for them, at
// a fraction of the CPU. Those tagged @map check the embedded map itself and keep WebGL.
test.beforeEach(async ({ page }, info) => {
  if (!info.tags.includes('@map')) await withoutWebGL(page);
});

let host: HostServer;
test.beforeAll(async () => {
  host = await startHost();
});
test.afterAll(async () => {
  await host.close();
});

/** Every uncaught exception and console error, in the host page and in the story's frame. */
function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  return errors;
}

test('a host on another origin embeds the story (layout=scroll) in a fixed-height iframe that scrolls inside itself', { tag: '@map' }, async ({ page, baseURL }) => {
  const errors = collectErrors(page);
  const frame = await openHost(page, host, baseURL!, { params: 'lang=en&layout=scroll', height: 600, column: 360 });
  const iframe = page.locator('#story');
  expect(new URL(frame.url()).origin).not.toBe(new URL(page.url()).origin);
  await expect.poll(() => ofType(page, 'ready')).toEqual([expect.objectContaining({ source: SOURCE, version: 1, layout: 'scroll', lang: 'en' })]);
  const before = await hostState(page);

  const story$ = page.frameLocator('#story');
  const announcement = story$.getByTestId('map-announcement');
  await wheelInFrameTo(page, frame, first!.id);
  const atFirst = await announcement.textContent();
  await wheelInFrameTo(page, frame, third!.id);
  await expect(announcement).not.toHaveText(atFirst!);
  await expect(story$.locator('.map-region')).toBeInViewport();
  await openMapMenu(story$);
  await expect(story$.getByRole('button', { name: 'Explore the map' })).toBeVisible();

  expect((await iframe.boundingBox())!.height).toBe(600);
  expect(await frame.evaluate(() => window.scrollY)).toBeGreaterThan(0);
  await expect.poll(() => ofType(page, 'chapterchange')).toContainEqual(
    expect.objectContaining({ id: third!.id, index: third!.index, title: third!.title.en }),
  );
  expect(await hostState(page)).toEqual(before);
  await expect(story$.locator('.map-canvas')).not.toHaveAttribute('data-moving', /.*/);
  await page.screenshot({ path: 'test-results/embed-narrow-column.png' });
  expect(errors).toEqual([]);
});

test("a host's goto that arrives while the page still settles keeps its chapter in place as the text reflows above it", async ({ page, baseURL }) => {
  // The reading font arrives late (held here until released): every chapter above the one
  // asked for reflows after the goto.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/literata[^/]*\.woff2?$/, async (route) => {
    await held;
    await route.continue();
  });
  const frame = await openHost(page, host, baseURL!, { params: 'lang=en&layout=scroll', column: 640 });
  await expect.poll(() => ofType(page, 'ready')).toHaveLength(1);
  await tellStory(page, { type: 'goto', id: later.id });
  const section = frame.locator(`section#${later.id}`);
  await expect(section).toHaveAttribute('aria-current', 'step');
  const top = () => section.evaluate((el) => Math.round(el.getBoundingClientRect().top));
  const before = await top();

  release();
  await frame.waitForFunction(() => [...document.fonts].some((f) => /literata/i.test(f.family) && f.status === 'loaded'));
  await frameScrollSettled(frame);
  await expect(section).toHaveAttribute('aria-current', 'step');
  expect(Math.abs((await top()) - before)).toBeLessThan(4);
  await expect(section.locator('h2')).toBeInViewport();
});

test("the host's goto and setLanguage move the story without touching the host's URL, history or scroll", async ({ page, baseURL }) => {
  await openHost(page, host, baseURL!, { params: 'lang=en&layout=scroll', column: 640 });
  await expect.poll(() => ofType(page, 'ready')).toHaveLength(1);
  const before = await hostState(page);
  const story$ = page.frameLocator('#story');

  await tellStory(page, { type: 'goto', id: later.id });
  await expect(story$.locator(`section#${later.id}`)).toHaveAttribute('aria-current', 'step');
  await expect(story$.locator(`section#${later.id} h2`)).toBeInViewport();
  await expect.poll(async () => (await ofType(page, 'chapterchange')).at(-1)).toMatchObject({ id: later.id, title: later.title.en });

  await tellStory(page, { type: 'setLanguage', lang: 'es' });
  await expect(story$.locator('html')).toHaveAttribute('lang', 'es');
  await expect(story$.locator(`section#${later.id} h2`)).toHaveText(later.title.es);
  await expect(story$.locator(`section#${later.id}`)).toHaveAttribute('aria-current', 'step');

  const open = story$.getByRole('link', { name: /Abrir la historia completa/ });
  await expect(open).toHaveAttribute('target', '_blank');
  const href = new URL((await open.getAttribute('href'))!);
  expect(href.hash).toBe(`#${later.id}`);
  expect(href.searchParams.get('embed')).toBeNull();
  expect(href.searchParams.get('lang')).toBe('es');
  expect(await hostState(page)).toEqual(before);
});

test('the embed opens at the chapter and language its URL names, and explore=0 hides exploring', { tag: '@map' }, async ({ page, baseURL }) => {
  await openHost(page, host, baseURL!, { params: `chapter=${later.id}&lang=es&explore=0`, column: 900 });
  const story$ = page.frameLocator('#story');
  await expect(story$.locator(`section#${later.id}`)).toHaveAttribute('aria-current', 'step');
  await expect(story$.locator(`section#${later.id} h2`)).toHaveText(later.title.es);
  await expect(story$.locator('.map-pane')).toHaveAttribute('data-map-state', 'ready');
  await openMapMenu(story$);
  await expect(story$.getByRole('button', { name: 'Describir el mapa' })).toBeVisible();
  await expect(story$.getByRole('button', { name: 'Explorar el mapa' })).toHaveCount(0);
  expect((await hostState(page)).scrollY).toBe(0);
});

test('a short iframe gets the stepper: map, one chapter card, previous and next', { tag: '@map' }, async ({ page, baseURL }) => {
  const errors = collectErrors(page);
  await openHost(page, host, baseURL!, { params: `chapter=${second!.id}&lang=en`, height: 400, column: 360 });
  const story$ = page.frameLocator('#story');
  await expect.poll(() => ofType(page, 'ready')).toEqual([expect.objectContaining({ layout: 'stepper', chapter: expect.objectContaining({ id: second!.id }) })]);
  expect((await received(page))[0]).toMatchObject({ type: 'ready' });
  const before = await hostState(page);

  await expect(story$.locator('section[data-chapter]')).toHaveCount(1);
  await expect(story$.getByRole('heading', { level: 2 })).toHaveText(second!.title.en);
  const announcement = story$.getByTestId('map-announcement');
  await expect(announcement).not.toBeEmpty();
  const atSecond = await announcement.textContent();

  await story$.getByRole('button', { name: 'Next chapter' }).click();
  await expect(story$.getByRole('heading', { level: 2 })).toHaveText(third!.title.en);
  await expect(announcement).not.toHaveText(atSecond!);
  await expect.poll(async () => (await ofType(page, 'chapterchange')).at(-1)).toMatchObject({ id: third!.id });

  await story$.getByRole('button', { name: 'Previous chapter' }).click();
  await story$.getByRole('button', { name: 'Previous chapter' }).click();
  await expect(story$.getByRole('heading', { level: 2 })).toHaveText(first!.title.en);
  await expect(story$.getByRole('button', { name: 'Previous chapter' })).toHaveAttribute('aria-disabled', 'true');

  await tellStory(page, { type: 'goto', id: later.id });
  await expect(story$.getByRole('heading', { level: 2 })).toHaveText(later.title.en);
  await expect.poll(async () => (await ofType(page, 'height')).length).toBeGreaterThan(0);
  expect(await hostState(page)).toEqual(before);
  await expect(story$.locator('.chapter-card')).toHaveCSS('opacity', '1');
  await expect(story$.locator('.map-canvas')).not.toHaveAttribute('data-moving', /.*/);
  await page.screenshot({ path: 'test-results/embed-stepper-narrow.png' });
  expect(errors).toEqual([]);
});

test('a frame too small for the stepper shows a poster whose button opens the story full screen, or in a new tab when refused', async ({ page }) => {
  await page.setViewportSize({ width: 300, height: 250 });
  // Records what the button asks for: the first full-screen request is refused (a frame
  // without allow="fullscreen"), the second granted; new tabs are recorded, not opened.
  await page.addInitScript(() => {
    const w = window as unknown as { calls: number; opened: string[] };
    w.calls = 0;
    w.opened = [];
    Object.defineProperty(Document.prototype, 'fullscreenEnabled', { get: () => true });
    Element.prototype.requestFullscreen = () => (++w.calls === 1 ? Promise.reject(new TypeError('refused')) : Promise.resolve());
    window.open = (url?: string | URL) => (w.opened.push(String(url)), null);
  });
  await page.goto(`/?embed=1&lang=es&chapter=${second!.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(story.settings.title.es);
  await expect(page.locator('section[data-chapter]')).toHaveCount(0);
  await page.getByRole('button', { name: 'Toca para empezar' }).click();
  await expect.poll(() => page.evaluate(() => (window as unknown as { opened: string[] }).opened)).toEqual([expect.stringMatching(new RegExp(`lang=es#${second!.id}$`))]);
  expect((await page.evaluate(() => (window as unknown as { opened: string[] }).opened))[0]).not.toContain('embed=');

  await page.getByRole('button', { name: 'Read in English' }).click();
  await page.getByRole('button', { name: 'Tap to start' }).press('Enter');
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(second!.title.en);
  expect(await page.evaluate(() => (window as unknown as { calls: number }).calls)).toBe(2);
});

test('a host that follows the announced height shows the whole stepper card without inner scrolling', async ({ page, baseURL }) => {
  await openHost(page, host, baseURL!, { params: `chapter=${second!.id}&lang=en&layout=stepper`, height: 420, column: 360, autosize: true });
  const iframe = page.locator('#story');
  await expect.poll(async () => (await ofType(page, 'height')).at(-1)?.height).toBeGreaterThan(420);
  const last = async () => (await ofType(page, 'height')).at(-1)!.height as number;
  // Heights may follow one another (fonts arriving): the frame ends at the latest one.
  await expect.poll(async () => Math.round((await iframe.boundingBox())!.height) - (await last())).toBe(0);
  const card = page.frameLocator('#story').locator('.stepper-card');
  await expect.poll(() => card.evaluate((el) => el.scrollHeight - el.clientHeight)).toBeLessThanOrEqual(1);
  // The navigation sits inside the resized frame, not cut off below it.
  const next = (await page.frameLocator('#story').getByRole('button', { name: 'Next chapter' }).boundingBox())!;
  const frameBox = (await iframe.boundingBox())!;
  expect(next.y + next.height).toBeLessThanOrEqual(frameBox.y + frameBox.height);
});

test('malformed and unknown messages change nothing and log no error', async ({ page, baseURL }) => {
  const errors = collectErrors(page);
  const frame = await openHost(page, host, baseURL!, { params: `chapter=${second!.id}&lang=en&layout=scroll`, column: 640 });
  const story$ = page.frameLocator('#story');
  await expect(story$.locator(`section#${second!.id}`)).toHaveAttribute('aria-current', 'step');
  await expect.poll(() => ofType(page, 'ready')).toHaveLength(1);
  const scrollBefore = await frame.evaluate(() => window.scrollY);
  const changesBefore = (await ofType(page, 'chapterchange')).length;

  for (const junk of [
    null, 42, 'goto', [SOURCE, 1, 'goto'], {}, { type: 'goto', id: later.id },
    { source: SOURCE, version: 2, type: 'goto', id: later.id },
    { source: SOURCE, version: 1, type: 'goto', id: 'no-such-chapter' },
    { source: SOURCE, version: 1, type: 'goto', id: { toString: null } },
    { source: SOURCE, version: 1, type: 'setLanguage', lang: 'fr' },
    { source: SOURCE, version: 1, type: 'explode' },
  ]) await postRaw(page, junk);
  // A valid message after the junk: once it has acted, the junk has been read too.
  await tellStory(page, { type: 'goto', id: third!.id });
  await expect(story$.locator(`section#${third!.id}`)).toHaveAttribute('aria-current', 'step');
  await frameScrollSettled(frame);

  const changes = (await ofType(page, 'chapterchange')).slice(changesBefore);
  expect(changes.map((m) => m.id)).toEqual([third!.id]);
  expect(await frame.evaluate(() => window.scrollY)).toBeGreaterThan(scrollBefore);
  await expect(story$.locator('html')).toHaveAttribute('lang', 'en');
  expect(errors).toEqual([]);
});

test('with an origins allowlist that leaves the host out, the story neither announces to it nor obeys it', async ({ page, baseURL }) => {
  const frame = await openHost(page, host, baseURL!, { params: `lang=en&layout=scroll&origins=${encodeURIComponent('https://elsewhere.example')}`, column: 640 });
  await tellStory(page, { type: 'goto', id: later.id });
  await wheelInFrameTo(page, frame, first!.id);
  await expect(page.frameLocator('#story').locator(`section#${later.id}`)).not.toHaveAttribute('aria-current', 'step');
  expect(await received(page)).toEqual([]);
});

test('with the host on the origins allowlist, the story announces to it and obeys it', async ({ page, baseURL }) => {
  await openHost(page, host, baseURL!, { params: `lang=en&layout=scroll&origins=${encodeURIComponent(`https://elsewhere.example,${host.origin}`)}`, column: 640 });
  await expect.poll(() => ofType(page, 'ready')).toHaveLength(1);
  await tellStory(page, { type: 'goto', id: later.id });
  await expect(page.frameLocator('#story').locator(`section#${later.id}`)).toHaveAttribute('aria-current', 'step');
});

test('the Share dialog copies a chapter link and an iframe snippet built from the chosen options, with a live preview', async ({ page, context, baseURL }) => {
  test.slow(); // the live preview is a second copy of the story, its map drawn in software
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  await page.goto(`/?lang=en#${later.id}`);
  await expect(page.locator(`section#${later.id}`)).toHaveAttribute('aria-current', 'step');
  const share = page.getByRole('button', { name: 'Share' });
  await share.click();
  const dialog = page.getByRole('dialog', { name: 'Share or embed' });
  await expect(dialog).toBeVisible();
  expect(await page.evaluate(() => document.activeElement?.closest('dialog') !== null)).toBe(true);
  const [linkStatus, snippetStatus] = [dialog.getByRole('status').first(), dialog.getByRole('status').last()];

  const link = dialog.getByRole('textbox', { name: 'Link' });
  await expect(link).toHaveValue(new RegExp(`\\?lang=en#${later.id}$`));
  await dialog.getByRole('button', { name: 'Copy link' }).click();
  await expect(linkStatus).toHaveText('Copied.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await link.inputValue());

  await dialog.getByLabel('Start at').selectOption(third!.id);
  await dialog.getByRole('radio', { name: 'Español' }).check();
  await dialog.getByLabel('Layout').selectOption('stepper');
  await dialog.getByRole('checkbox', { name: 'Readers may explore the map' }).uncheck();
  await dialog.getByLabel('Height (px)').fill('440');
  const snippet = dialog.getByRole('textbox', { name: 'Embed code' });
  const code = await snippet.inputValue();
  expect(code).toMatch(/^<iframe .*><\/iframe>$/);
  for (const attribute of [`title="${story.settings.title.es}: mapa narrativo interactivo"`, 'loading="lazy"', 'allow="fullscreen"', 'height="440"']) {
    expect(code).toContain(attribute);
  }
  const src = code.match(/src="([^"]+)"/)![1]!.replace(/&amp;/g, '&');
  const params = new URL(src).searchParams;
  expect(Object.fromEntries(params)).toEqual({ embed: '1', chapter: third!.id, lang: 'es', layout: 'stepper', explore: '0' });

  const preview = dialog.locator('iframe');
  await expect(preview).toHaveAttribute('src', src);
  await expect(page.frameLocator('.share-preview iframe').getByRole('heading', { level: 2 })).toHaveText(third!.title.es);
  await expect(page.frameLocator('.share-preview iframe').getByRole('button', { name: 'Capítulo siguiente' })).toBeVisible();

  await dialog.getByRole('button', { name: 'Copy embed code' }).click();
  await expect(snippetStatus).toHaveText('Copied.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);
  await page.screenshot({ path: 'test-results/embed-share-dialog.png' });

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(share).toBeFocused();
});
