import { expect, test, type Page } from '@playwright/test';
import { distinctColours, mapCanvas, mapPixelsUnder, mapSettled, pixelDifference, pixelsOfColour, routeTravelled } from './support/map';
import { currentChapter, scrollSettled, scrollToChapter } from './support/reading';
import { loadStory } from './support/story';

const story = loadStory();
const journey = story.chapters.filter((c) => c.route);
const firstJourney = journey[0]!;
const laterJourney = journey[Math.floor(journey.length / 2)]!;
/** The travelled line's colour (basemapPalette.route). */
const ROUTE_COLOUR = '#27466e';
/** A place's dot (place-dots.ts). */
const PLACE_COLOUR = '#b2462b';
const placeName = (id: string, lang: 'es' | 'en') => story.places.find((p) => p.id === id)!.name[lang];
const announcement = (page: Page) => page.getByTestId('map-announcement');

test.use({ locale: 'en-US' });

test('the embedded map draws: not blank, with its attribution, from the built app', async ({ page }) => {
  await page.goto(`/?lang=en#${firstJourney.id}`);
  await mapSettled(page);
  expect(await distinctColours(page, mapCanvas(page).locator('canvas'))).toBeGreaterThan(8);
  await expect(page.locator('.maplibregl-ctrl-attrib')).toContainText('OpenStreetMap');
  await page.screenshot({ path: 'test-results/map-desktop.png' });
});

test('scrolling to a later chapter moves the map; scrolling back restores it', async ({ page }) => {
  await page.goto('/?lang=en');
  await scrollToChapter(page, firstJourney.id);
  await mapSettled(page);
  await expect(announcement(page)).toContainText(placeName(firstJourney.places[0]!, 'en'));
  const cameraBefore = await mapCanvas(page).getAttribute('data-camera');
  const before = await mapCanvas(page).locator('canvas').screenshot();

  await scrollToChapter(page, laterJourney.id);
  await mapSettled(page);
  await expect(announcement(page)).toContainText(placeName(laterJourney.places[0]!, 'en'));
  const after = await mapCanvas(page).locator('canvas').screenshot();
  // A new view, and new pixels: the later chapter's frame shares much sea and land colour with
  // the first (the frame now leaves room for the legend), so a few percent of pixels is a move.
  expect(await mapCanvas(page).getAttribute('data-camera')).not.toBe(cameraBefore);
  expect(await pixelDifference(page, before, after)).toBeGreaterThan(0.02);

  await scrollToChapter(page, firstJourney.id);
  await mapSettled(page);
  await expect(mapCanvas(page)).toHaveAttribute('data-camera', cameraBefore!);
  await expect(announcement(page)).toContainText(placeName(firstJourney.places[0]!, 'en'));
});

test('rapid scrolling top to bottom and back ends on the chapter in view, not a queue of flights', async ({ page }) => {
  await page.goto('/?lang=en');
  await mapSettled(page);
  for (let i = 0; i < 6; i++) {
    await page.keyboard.press('End');
    await page.keyboard.press('Home');
  }
  await page.keyboard.press('End');
  await scrollSettled(page);
  const last = story.chapters.at(-1)!;
  await expect(currentChapter(page)).toHaveAttribute('id', last.id);
  await mapSettled(page);
  const [lng, lat] = last.camera.center;
  await expect(mapCanvas(page)).toHaveAttribute('data-camera', `${lng.toFixed(2)},${lat.toFixed(2)},${last.camera.zoom.toFixed(1)}`);
});

test('the route drawn grows as the reader scrolls through a journey chapter, and shrinks back', async ({ page }) => {
  await page.goto('/?lang=es');
  await mapSettled(page);
  await scrollToChapter(page, firstJourney.id);
  const start = await routeTravelled(page);
  await page.mouse.move(200, 400);
  await page.mouse.wheel(0, 250);
  await scrollSettled(page);
  await expect.poll(() => routeTravelled(page)).toBeGreaterThan(start);
  await scrollToChapter(page, laterJourney.id);
  const later = await routeTravelled(page);
  expect(later).toBeGreaterThan(start);
  await scrollToChapter(page, firstJourney.id);
  await expect.poll(() => routeTravelled(page)).toBeLessThan(later);
});

test('the travelled line on the map grows with the reader\'s scroll through a journey, and shrinks back', async ({ page }) => {
  await page.goto('/?lang=en');
  await mapSettled(page);
  await scrollToChapter(page, firstJourney.id);
  await mapSettled(page);
  const map = mapCanvas(page);
  const camera = await map.getAttribute('data-camera');
  const drawn = () => pixelsOfColour(page, map, ROUTE_COLOUR);
  const start = await drawn();
  await page.mouse.move(200, 400);
  await page.mouse.wheel(0, 250);
  await scrollSettled(page);
  await mapSettled(page);
  // The same view (else the line's length on screen would change with the zoom, not the journey).
  await expect(map).toHaveAttribute('data-camera', camera!);
  await expect.poll(drawn).toBeGreaterThan(start + 40);
  const further = await drawn();
  await page.mouse.wheel(0, -250);
  await scrollSettled(page);
  await mapSettled(page);
  await expect.poll(drawn).toBeLessThan(further - 40);
});

test('clicking a place on the map takes the reader to its first chapter', async ({ page }) => {
  await page.goto('/?lang=en');
  await mapSettled(page);
  // At the overview several markers share a city (issue 13's labels): click one a reader can
  // reach, a later chapter's place whose marker is on top at its own centre.
  const reachable = await page.evaluate(() => [...document.querySelectorAll<HTMLElement>('.place-marker')]
    .filter((m) => {
      const r = m.getBoundingClientRect();
      return document.elementFromPoint(r.x + 9, r.y + r.height / 2)?.closest('.place-marker') === m;
    })
    .map((m) => m.dataset.place));
  const target = story.chapters.find((c) => c.index > 2 && reachable.includes(c.places[0]))!;
  const placeId = target.places[0]!;
  const first = story.chapters.find((c) => c.places.includes(placeId))!;
  const marker = page.locator(`.place-marker[data-place="${placeId}"]`);
  const box = (await marker.boundingBox())!;
  await marker.click({ position: { x: 9, y: box.height / 2 } }); // its dot, not its hidden label
  await expect(currentChapter(page)).toHaveAttribute('id', first.id);
});

test('the map draws each place’s dot under its button, which stays still and hidden while the camera flies', async ({ page }) => {
  // The first journey chapter and the next with another place: a flight between them.
  const placeOf = (c: (typeof story.chapters)[number]) => c.places[0];
  const from = firstJourney;
  const to = story.chapters.find((c) => c.index > from.index && placeOf(c) && !from.places.includes(placeOf(c)!))!;
  await page.goto(`/?lang=en#${from.id}`);
  await mapSettled(page);
  // The dot is the map's own drawing (the canvas), not the HTML button's.
  expect(await mapPixelsUnder(page, page.locator(`.place-marker[data-place="${placeOf(from)}"]`), PLACE_COLOUR)).toBeGreaterThan(20);

  // At every frame of the flight, the button of the next chapter's place: where it is, whether drawn.
  const button = page.locator(`.place-marker[data-place="${placeOf(to)}"]`);
  await button.evaluate((el) => {
    const seen: { transform: string; opacity: string }[] = [];
    (window as unknown as { __frames: typeof seen }).__frames = seen;
    // Its opacity as drawn: its own times its ancestors' (the buttons are hidden as a group).
    const drawn = (e: Element | null): number => (e ? Number(getComputedStyle(e).opacity) * drawn(e.parentElement) : 1);
    const sample = () => {
      seen.push({ transform: (el as HTMLElement).style.transform, opacity: String(drawn(el)) });
      requestAnimationFrame(sample);
    };
    requestAnimationFrame(sample);
  });
  await scrollToChapter(page, to.id);
  await mapSettled(page);
  await expect(mapCanvas(page)).toHaveAttribute('data-last-move', /fly|ease/);
  const frames = await page.evaluate(() => (window as unknown as { __frames: { transform: string; opacity: string }[] }).__frames);
  // MapLibre's markers moved at every frame: these move only between a hidden frame and the next.
  const movedInSight = frames.filter((f, i) => i > 0 && f.transform !== frames[i - 1]!.transform && frames[i - 1]!.opacity !== '0');
  expect(movedInSight, `moved in sight at ${movedInSight.length} of ${frames.length} frames`).toHaveLength(0);
  expect(frames.some((f) => f.opacity === '0'), 'hidden while the camera moved').toBe(true);
  expect(frames.at(-1)!.opacity).toBe('1');
  // Placed over its dot at the new view.
  expect(await mapPixelsUnder(page, button, PLACE_COLOUR)).toBeGreaterThan(20);
});

test('places the film does not name are marked approximate on the map', async ({ page }) => {
  await page.goto(`/?lang=en#${firstJourney.id}`);
  await mapSettled(page);
  const approx = story.places.find((p) => p.approximate)!;
  await expect(page.locator(`.place-marker[data-place="${approx.id}"]`)).toHaveAttribute('aria-label', `${approx.name.en}, approximate place`);
  await expect(page.locator(`.place-marker[data-place="${approx.id}"]`)).toHaveClass(/is-approximate/);
});

test('with reduced motion the map never flies', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/?lang=en');
  await mapSettled(page);
  await scrollToChapter(page, firstJourney.id);
  await scrollToChapter(page, laterJourney.id);
  await mapSettled(page);
  await expect(mapCanvas(page)).toHaveAttribute('data-last-move', /^(jump|fade)$/);
});

test('a city’s detail is drawn where the camera arrives, and set aside when it leaves for another', async ({ page }) => {
  // Rosario's Los Angeles, then the bus station in El Paso: each city has its own detail patch.
  await page.goto('/?lang=en#rosario-in-los-angeles');
  await mapSettled(page);
  await expect(mapCanvas(page)).toHaveAttribute('data-details', 'los-angeles');
  await scrollToChapter(page, 'bus-station');
  await mapSettled(page);
  await expect(mapCanvas(page)).toHaveAttribute('data-details', 'el-paso');
});

test('the scale bar is hidden while the camera flies and shows the arrived view in the reader’s units', async ({ page }) => {
  const zoomOf = (id: string) => story.chapters.find((c) => c.id === id)!.camera.zoom;
  const far = story.chapters.reduce((a, c) => (Math.abs(c.camera.zoom - zoomOf(firstJourney.id)) > Math.abs(a.camera.zoom - zoomOf(firstJourney.id)) ? c : a));
  await page.goto(`/?lang=en#${firstJourney.id}`);
  await mapSettled(page);
  const scale = page.locator('.maplibregl-ctrl-scale');
  await expect(scale).toBeVisible();
  await expect(scale).toHaveText(/^\d+\s(mi|ft)$/);
  const before = await scale.textContent();
  // Every frame from before the flight until the map is idle: can the reader see the bar, and what does it read?
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { __scaleSeen: string[] }).__scaleSeen = seen;
    const tick = () => {
      const moving = document.querySelector('.map-canvas')!.hasAttribute('data-moving');
      const bar = document.querySelector('.maplibregl-ctrl-scale')!;
      seen.push(`${moving ? 'moving' : 'still'}|${getComputedStyle(bar).visibility}|${bar.textContent}`);
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  await scrollToChapter(page, far.id);
  await mapSettled(page);
  const seen = await page.evaluate(() => (window as unknown as { __scaleSeen: string[] }).__scaleSeen);
  await expect(scale).toBeVisible();
  await expect(scale).toHaveText(/^\d+\s(mi|ft)$/);
  const after = await scale.textContent();
  expect(after).not.toBe(before);
  // On the way the bar was hidden. A reader never saw it change: what it read changed only while
  // hidden, so it read the view before or one the camera arrived at (a chapter can arrive in
  // two moves: its camera, then an ease when something comes to cover part of the map).
  expect(seen.some((s) => s.startsWith('moving|hidden|'))).toBe(true);
  const shown = seen.map((s) => s.split('|')).filter(([, visibility]) => visibility === 'visible');
  const changedInView = seen.map((s) => s.split('|')).filter(([, visibility, text], i) =>
    i > 0 && visibility === 'visible' && seen[i - 1]!.split('|')[1] === 'visible' && seen[i - 1]!.split('|')[2] !== text);
  expect(changedInView).toEqual([]);
  expect(shown.at(0)?.[2]).toBe(before);
  expect(shown.at(-1)?.[2]).toBe(after);
  // Exploring by hand, the bar follows the reader's zoom.
  await page.getByRole('button', { name: 'Explore the map' }).click();
  await page.getByRole('button', { name: 'Zoom out' }).click();
  await expect(scale).not.toHaveText(after!);
});

test('reading never stops the page from scrolling, and Explore hands the map to the reader', async ({ page }) => {
  await page.goto(`/?lang=en#${firstJourney.id}`);
  await mapSettled(page);
  const y = await page.evaluate(() => scrollY);
  await page.mouse.move(900, 400); // over the map
  await page.mouse.wheel(0, 300);
  await scrollSettled(page);
  expect(await page.evaluate(() => scrollY)).toBeGreaterThan(y);
  await page.getByRole('button', { name: 'Explore the map' }).click();
  await expect(page.getByRole('button', { name: 'Zoom in' })).toBeVisible();
  await page.getByRole('button', { name: 'Back to the story' }).click();
  await expect(page.getByRole('button', { name: 'Zoom in' })).toHaveCount(0);
});

test('a whole read sends no request to any other host', async ({ page, baseURL }) => {
  const foreign: string[] = [];
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(baseURL!) && !/^(data|blob):/.test(url)) foreign.push(url);
  });
  await page.goto('/?lang=en');
  await mapSettled(page);
  await scrollToChapter(page, laterJourney.id);
  await page.keyboard.press('End');
  await scrollSettled(page);
  await mapSettled(page);
  expect(foreign).toEqual([]);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });

  test('the map stays in view above the scrolling chapter cards', async ({ page }) => {
    await page.goto('/?lang=es');
    await mapSettled(page);
    await scrollToChapter(page, laterJourney.id);
    const map = await page.locator('.map-region').boundingBox();
    expect(map!.y).toBeLessThan(100);
    expect(map!.height).toBeGreaterThan(200);
    await expect(announcement(page)).toContainText(placeName(laterJourney.places[0]!, 'es'));
    await page.screenshot({ path: 'test-results/map-phone.png' });
  });
});

test('no horizontal overflow at 320 px', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('/?lang=es');
  await mapSettled(page);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});

test('a portrait tablet’s map strip folds its controls into one Map menu, which opens the legend over the map without moving it', async ({ page }) => {
  await page.setViewportSize({ width: 768, height: 1024 });
  await page.goto(`/?lang=en#${laterJourney.id}`);
  await mapSettled(page);
  const legend = page.getByRole('list', { name: 'Legend' });
  await expect(page.getByRole('button', { name: 'Describe the map' })).toBeHidden();
  await expect(legend).toBeHidden();
  const frame = () => page.locator('.map-pane').evaluate((el) => (el as HTMLElement).style.getPropertyValue('--moon-top'));
  const [camera, padding] = [await mapCanvas(page).getAttribute('data-camera'), await frame()];
  await page.getByRole('button', { name: 'Map options' }).click();
  await expect(legend).toBeVisible();
  await expect(legend).toContainText('Carlitos now');
  await expect(page.getByRole('button', { name: 'Describe the map' })).toBeVisible();
  // The menu lies over the map: what the camera keeps clear of is unchanged, and so is its frame.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  expect(await frame()).toBe(padding);
  await mapSettled(page);
  expect(await mapCanvas(page).getAttribute('data-camera')).toBe(camera);
});
