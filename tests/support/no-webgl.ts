import type { Page } from '@playwright/test';

/**
 * Makes the page's canvases refuse WebGL, as a browser without it does: the story then draws
 * its still map (SVG) instead of the software-rendered WebGL map, which costs most of a test's
 * CPU here. For tests of what is not the WebGL map (text, chips, week bar, dialogs).
 * `PW_WEBGL_EVERYWHERE=1` keeps WebGL for them too (to compare, or to hunt a map-only bug).
 */
export async function withoutWebGL(page: Page): Promise<void> {
  if (process.env.PW_WEBGL_EVERYWHERE === '1') return;
  await page.addInitScript(() => {
    const original = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
      if (/webgl/i.test(type)) return null;
      return (original as (...a: unknown[]) => RenderingContext | null).call(this, type, ...rest);
    } as typeof original;
  });
}
