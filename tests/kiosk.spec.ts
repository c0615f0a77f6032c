/** Kiosk playback: the slides advance by themselves, loop, and stop for whoever touches them. */
import { expect, test, type Page } from '@playwright/test';
import { loadStory } from './support/story';
import { withoutWebGL } from './support/no-webgl';

// The slides' timing, not the WebGL map (map-scene.spec draws present mode): the still map stands in.
test.beforeEach(({ page }) => withoutWebGL(page));

const chapters = loadStory().chapters;
const last = chapters.length - 1;
const slideTitle = (page: Page) => page.getByRole('heading', { level: 1 });
const kiosk = (page: Page) => page.locator('.deck-kiosk');

/** The page's clock stands still from here on: only fastForward moves it, so nothing advances by itself. */
async function stopTime(page: Page) {
  await page.clock.pauseAt(await page.evaluate(() => Date.now() + 1000));
}

test.use({ locale: 'en-US', viewport: { width: 1280, height: 720 } });

test('?kiosk=20 advances a slide every 20 s, loops at the end, pauses on a key and resumes after a minute', async ({ page }) => {
  await page.clock.install();
  await page.goto(`/?mode=present&kiosk=20#${chapters[last - 1]!.id}`);
  await expect(slideTitle(page)).toHaveText(chapters[last - 1]!.title.en);
  await expect(kiosk(page)).toHaveText('Auto-play: a slide every 20 s · K to stop');
  await stopTime(page);

  await page.clock.fastForward(20_000);
  await expect(slideTitle(page)).toHaveText(chapters[last]!.title.en);
  await page.clock.fastForward(20_000);
  await expect(slideTitle(page)).toHaveText(chapters[0]!.title.en); // looped

  // A key press (here a presenter's "next") pauses playback: nothing moves for a while.
  await page.keyboard.press('ArrowRight');
  await expect(slideTitle(page)).toHaveText(chapters[1]!.title.en);
  await expect(kiosk(page)).toHaveAttribute('data-kiosk', 'paused');
  await page.clock.fastForward(45_000);
  await expect(slideTitle(page)).toHaveText(chapters[1]!.title.en);
  // A minute without input: it plays again.
  await page.clock.fastForward(15_000);
  await expect(kiosk(page)).toHaveAttribute('data-kiosk', 'playing');
  await page.clock.fastForward(20_000);
  await expect(slideTitle(page)).toHaveText(chapters[2]!.title.en);
});

test('K starts and stops auto-play; under reduced motion it still advances', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.clock.install();
  await page.goto('/?mode=present&lang=es');
  await expect(slideTitle(page)).toHaveText(chapters[0]!.title.es); // the deck is there to hear K
  await expect(kiosk(page)).toHaveCount(0);
  await stopTime(page);
  await page.keyboard.press('k');
  await expect(kiosk(page)).toHaveText('Avance automático: una diapositiva cada 20 s · K para detenerlo');
  await expect(page).not.toHaveURL(/kiosk/);
  await page.clock.fastForward(20_000);
  await expect(slideTitle(page)).toHaveText(chapters[1]!.title.es);
  await page.keyboard.press('k');
  await expect(kiosk(page)).toHaveCount(0);
  await page.clock.fastForward(60_000);
  await expect(slideTitle(page)).toHaveText(chapters[1]!.title.es);
});
