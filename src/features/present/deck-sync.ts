/**
 * Keeps the projector window and the presenter window on the same slide, with no server:
 * a BroadcastChannel between same-origin windows. Either window may drive.
 */
import type { Lang } from '@/content/constants';
import { isLang } from '@/lib/i18n/language';

export type DeckMessage =
  /** "This is what I show now": sent after a local move, and in answer to `hello`. */
  | { type: 'state'; index: number; blank: boolean; lang: Lang }
  /** A presenter window that just opened asks the projector where it is. */
  | { type: 'hello' };

/**
 * One channel per story and per address: two stories (or two copies of one) on the same site
 * never steer each other's slides. `path` is the page's folder (`/a/` for `/a/index.html`).
 */
export function deckChannelName(story: string, path: string): string {
  return `under-the-same-moon:deck:${story}:${path.replace(/[^/]*$/, '')}`;
}

/** Validates whatever arrived on the channel; `null` for anything that is not ours. */
export function parseDeckMessage(data: unknown): DeckMessage | null {
  if (typeof data !== 'object' || data === null) return null;
  const m = data as Record<string, unknown>;
  if (m.type === 'hello') return { type: 'hello' };
  if (m.type !== 'state') return null;
  const { index, blank, lang } = m;
  if (typeof index !== 'number' || !Number.isInteger(index) || typeof blank !== 'boolean' || !isLang(lang)) return null;
  return { type: 'state', index, blank, lang };
}

export interface DeckChannel {
  post: (message: DeckMessage) => void;
  close: () => void;
}

/** Opens the channel; without BroadcastChannel (very old browsers) each window runs alone. */
export function openDeckChannel(onMessage: (message: DeckMessage) => void, name: string): DeckChannel {
  if (typeof BroadcastChannel === 'undefined') return { post: () => {}, close: () => {} };
  const channel = new BroadcastChannel(name);
  channel.onmessage = (event: MessageEvent) => {
    const message = parseDeckMessage(event.data);
    if (message) onMessage(message);
  };
  return { post: (message) => channel.postMessage(message), close: () => channel.close() };
}
