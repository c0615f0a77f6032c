/**
 * A host page on another origin for the embed tests: `tests/fixtures/host/index.html`, served
 * from 127.0.0.1 on a free port while the story is served from localhost.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, type Frame, type Page } from '@playwright/test';

export interface HostServer {
  origin: string;
  close: () => Promise<void>;
}

export async function startHost(): Promise<HostServer> {
  const html = readFileSync('tests/fixtures/host/index.html');
  const server: Server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

export interface StoryMessage {
  source: string;
  version: number;
  type: string;
  [field: string]: unknown;
}

interface HostWindow {
  received: StoryMessage[];
  tellStory: (message: Record<string, unknown>) => void;
  postRaw: (data: unknown) => void;
}

export interface Embed {
  /** The host page's `src` for the iframe: the story with these embed parameters. */
  params: string;
  height?: number;
  column?: number;
  autosize?: boolean;
}

/** Opens the host article with the story embedded; resolves once the story is on screen. */
export async function openHost(page: Page, host: HostServer, storyBase: string, embed: Embed): Promise<Frame> {
  const src = new URL(`/?embed=1&${embed.params}`, storyBase).toString();
  const query = new URLSearchParams({ src, height: String(embed.height ?? 600), column: String(embed.column ?? 640) });
  if (embed.autosize) query.set('autosize', '1');
  await page.goto(`${host.origin}/?${query}`);
  await expect(page.frameLocator('#story').locator('section[data-chapter]').first()).toBeAttached();
  const frame = page.frame({ url: /[?&]embed=1/ });
  if (!frame) throw new Error('the story iframe did not load');
  return frame;
}

export const received = (page: Page) => page.evaluate(() => (window as unknown as HostWindow).received);
export const ofType = async (page: Page, type: string) => (await received(page)).filter((m) => m.type === type);
export const tellStory = (page: Page, message: Record<string, unknown>) =>
  page.evaluate((m) => (window as unknown as HostWindow).tellStory(m), message);
export const postRaw = (page: Page, data: unknown) => page.evaluate((d) => (window as unknown as HostWindow).postRaw(d), data);

/** The host page's own state, which an embed must never change. */
export const hostState = (page: Page) =>
  page.evaluate(() => ({ url: location.href, history: history.length, scrollY: Math.round(window.scrollY) }));

/** Resolves once the iframe's own window has stopped scrolling (unchanged for 3 frames). */
export async function frameScrollSettled(frame: Frame): Promise<void> {
  await frame.evaluate(
    () =>
      new Promise<void>((resolve) => {
        let last = -1;
        let still = 0;
        const tick = () => {
          still = window.scrollY === last ? still + 1 : 0;
          last = window.scrollY;
          if (still >= 3) resolve();
          else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
  );
}

/** Scrolls inside the iframe with the mouse wheel, as a reader would, until `id` is current. */
export async function wheelInFrameTo(page: Page, frame: Frame, id: string): Promise<void> {
  const box = await page.locator('#story').boundingBox();
  if (!box) throw new Error('no iframe on the host page');
  // Over the text, below the map on narrow layouts.
  await page.mouse.move(box.x + box.width * 0.3, box.y + box.height * 0.85);
  const section = frame.locator(`section#${id}`);
  for (let i = 0; i < 80 && (await section.getAttribute('aria-current')) !== 'step'; i++) {
    await page.mouse.wheel(0, 200);
    await frameScrollSettled(frame);
  }
  await expect(section).toHaveAttribute('aria-current', 'step');
}
