import { expect, type Page } from '@playwright/test';

/** Resolves once the page has stopped scrolling (scroll position unchanged for 3 frames). */
export async function scrollSettled(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        let last = -1;
        let still = 0;
        const tick = () => {
          const y = window.scrollY;
          still = y === last ? still + 1 : 0;
          last = y;
          if (still >= 3) resolve();
          else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
  );
}

/**
 * Scrolls the reader to a chapter the way a reader would, a wheel turn at a time. A long way
 * is first crossed in one jump to a screen short of the chapter (as a reader dragging the
 * scroll bar does): wheeling through every chapter between made every test that reads a late
 * chapter pay for all the flights and step changes on the way, which their own tests cover
 * (`map.spec` › rapid scrolling, `reading.spec` › scrolling marks the chapter in view).
 */
export async function scrollToChapter(page: Page, id: string): Promise<void> {
  const section = page.locator(`section#${id}`);
  await page.evaluate((chapter) => {
    const box = document.getElementById(chapter)!.getBoundingClientRect();
    const aim = box.top - window.innerHeight * 0.5 + Math.min(box.height * 0.3, 200);
    if (Math.abs(aim) > window.innerHeight * 2) {
      window.scrollBy({ top: aim - Math.sign(aim) * window.innerHeight, behavior: 'instant' });
    }
  }, id);
  await scrollSettled(page);
  for (let i = 0; i < 60; i++) {
    const box = await section.boundingBox();
    const view = page.viewportSize();
    if (!box || !view) break;
    // Aim to put a point 30% into the section (at most 200 px) on the middle of the screen.
    const delta = box.y - view.height * 0.5 + Math.min(box.height * 0.3, 200);
    if (Math.abs(delta) < 60) break;
    await page.mouse.wheel(0, Math.sign(delta) * Math.min(Math.abs(delta), 1200));
    await scrollSettled(page);
  }
  await expect(section).toHaveAttribute('aria-current', 'step');
}

export const currentChapter = (page: Page) => page.locator('section[aria-current="step"]');
