/** The slides under a finger and under reduced motion (present.spec has keys, the overview, the presenter window). */
import { expect, test } from '@playwright/test';
import { loadStory } from './support/story';
import { withoutWebGL } from './support/no-webgl';
import { expectSlide, slideTitle } from './support/slides';

const chapters = loadStory().chapters;
const at = (i: number) => chapters[i]!;

test.use({ locale: 'en-US', viewport: { width: 1280, height: 720 } });

// Not a test of the WebGL map (map.spec is): the still map stands in, at a fraction of the CPU.
test.beforeEach(({ page }) => withoutWebGL(page));

test.describe('on a touch screen', () => {
  test.use({ hasTouch: true });

  test('a swipe to the left goes to the next slide and to the right back', async ({ page, context }) => {
    await page.goto('/?mode=present');
    await expectSlide(page, 0);
    // A touch on the loading map's placeholder would lose its end when the map replaces it.
    await expect(page.locator('.map-pane')).toHaveAttribute('data-map-state', /ready|failed/);
    const cdp = await context.newCDPSession(page);
    const swipe = async (fromX: number, toX: number) => {
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: fromX, y: 500 }] });
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: (fromX + toX) / 2, y: 505 }] });
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: toX, y: 510 }] });
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    };
    await swipe(1000, 700);
    await expectSlide(page, 1);
    await swipe(700, 1000);
    await expectSlide(page, 0);
    await swipe(700, 1000); // at the first slide: the page stays, no browser "back"
    await expectSlide(page, 0);
  });
});

test('under reduced motion a new slide is simply there, with no slide-in', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  // The animation features arrive late on a slow connection (here: not until released); the
  // slide must not wait for them at its starting offset.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/motion-features[^/]*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  const shown = async () => page.getByRole('article').evaluate((a) => ({ opacity: getComputedStyle(a).opacity, transform: getComputedStyle(a).transform }));
  await page.goto('/?mode=present');
  await expectSlide(page, 0);
  await page.keyboard.press('ArrowRight');
  await expect(slideTitle(page)).toHaveText(at(1).title.en);
  expect(await shown()).toEqual({ opacity: '1', transform: 'none' });

  const arrived = page.waitForResponse(/motion-features/);
  release();
  await arrived;
  await page.keyboard.press('ArrowRight');
  await expect(slideTitle(page)).toHaveText(at(2).title.en);
  expect(await shown()).toEqual({ opacity: '1', transform: 'none' });
});
