import { expect, type Locator, type Page, type FrameLocator } from '@playwright/test';

export const mapCanvas = (page: Page) => page.locator('.map-canvas');

/** Waits until the WebGL map has loaded and its camera has come to rest. */
export async function mapSettled(page: Page): Promise<void> {
  await expect(page.locator('.map-pane')).toHaveAttribute('data-map-state', 'ready');
  await expect(mapCanvas(page)).toHaveAttribute('data-camera', /.+/);
  await expect(mapCanvas(page)).not.toHaveAttribute('data-moving', /.*/);
}

/**
 * Decodes PNG screenshots in the page (it has the image codecs) and measures them there:
 * `colours` counts distinct quantised colours of the first, `difference` is the share of
 * pixels that differ between the first and the second (0…1).
 */
async function measurePngs(page: Page, kind: 'colours' | 'difference' | 'luminance' | `rgb ${number} ${number} ${number}`, pngs: Buffer[]): Promise<number> {
  return page.evaluate(async ([k, ...b64s]) => {
    const images = await Promise.all(b64s.map(async (b64) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const c = document.createElement('canvas');
      c.width = img.width;
      c.height = img.height;
      const ctx = c.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      return ctx.getImageData(0, 0, c.width, c.height).data;
    }));
    const [x, y] = images;
    if (k?.startsWith('rgb ')) {
      const [r, g, b] = k.split(' ').slice(1).map(Number) as [number, number, number];
      let n = 0;
      for (let i = 0; i < x!.length; i += 4) if (Math.abs(x![i]! - r) + Math.abs(x![i + 1]! - g) + Math.abs(x![i + 2]! - b) < 40) n++;
      return n;
    }
    if (k === 'luminance') {
      let sum = 0;
      for (let i = 0; i < x!.length; i += 4) sum += (0.2126 * x![i]! + 0.7152 * x![i + 1]! + 0.0722 * x![i + 2]!) / 255;
      return sum / (x!.length / 4);
    }
    if (k === 'colours') {
      const seen = new Set<number>();
      for (let i = 0; i < x!.length; i += 16) seen.add(((x![i]! >> 4) << 8) | ((x![i + 1]! >> 4) << 4) | (x![i + 2]! >> 4));
      return seen.size;
    }
    let diff = 0;
    for (let i = 0; i < x!.length; i += 4) {
      if (Math.abs(x![i]! - y![i]!) + Math.abs(x![i + 1]! - y![i + 1]!) + Math.abs(x![i + 2]! - y![i + 2]!) > 40) diff++;
    }
    return diff / (x!.length / 4);
  }, [kind, ...pngs.map((p) => p.toString('base64'))]);
}

/** Distinct colours (quantised) in a screenshot of an element: a blank map has one or two. */
export async function distinctColours(page: Page, target: Locator): Promise<number> {
  return measurePngs(page, 'colours', [await target.screenshot()]);
}

/** The mean lightness (0 black … 1 white) of a screenshot of an element: a night map is dark. */
export async function meanLightness(page: Page, target: Locator): Promise<number> {
  return measurePngs(page, 'luminance', [await target.screenshot()]);
}

/** How many pixels of a PNG are (within a little) the colour `hex`. */
function pixelsOf(page: Page, png: Buffer, hex: string): Promise<number> {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
  return measurePngs(page, `rgb ${r} ${g} ${b}`, [png]);
}

/** How many pixels of a screenshot of an element are (within a little) the colour `hex`. */
export async function pixelsOfColour(page: Page, target: Locator, hex: string): Promise<number> {
  return pixelsOf(page, await target.screenshot(), hex);
}

/** Pixels of a colour the map itself draws in an element's box (the places' HTML buttons hidden). */
export async function mapPixelsUnder(page: Page, target: Locator, hex: string): Promise<number> {
  const box = (await target.boundingBox())!;
  const buttons = page.locator('.place-buttons');
  await buttons.evaluate((el) => { (el as HTMLElement).style.visibility = 'hidden'; }); // CSSOM: the page's CSP allows it
  const shot = await page.screenshot({ clip: box });
  await buttons.evaluate((el) => { (el as HTMLElement).style.visibility = ''; });
  return pixelsOf(page, shot, hex);
}

/** The share of pixels that differ between two screenshots of the same size (0…1). */
export async function pixelDifference(page: Page, a: Buffer, b: Buffer): Promise<number> {
  return measurePngs(page, 'difference', [a, b]);
}

/** The km (es) travelled according to the map's visible description. */
export async function routeTravelled(page: Page): Promise<number> {
  if (!(await page.locator('.map-description').isVisible())) {
    await openMapMenu(page);
    await page.getByRole('button', { name: /Describir el mapa|Describe the map/ }).click();
  }
  const text = await page.locator('.map-description').innerText();
  const m = /recorrido: ([\d,]+) km de/.exec(text);
  if (!m) throw new Error(`no route distance in: ${text}`);
  return Number(m[1]!.replace(/,/g, ''));
}

/** On a small map the map's buttons sit in one compact "Map" control: open it if it is there. */
export async function openMapMenu(page: Page | FrameLocator): Promise<void> {
  const toggle = page.getByRole('button', { name: /^(Map options|Opciones del mapa)$/ });
  if ((await toggle.isVisible()) && (await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
}
