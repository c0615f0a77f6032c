/**
 * The message protocol between an embedded story and the page that hosts it (`postMessage`).
 * Every message carries `{ source: 'under-the-same-moon', version: 1, type }`.
 *
 * Story → host: `ready`, `chapterchange` (id, index, title), `height` (stepper layout only).
 * Host → story: `goto` (a chapter id), `setLanguage` (`es` | `en`).
 *
 * Pure: reading a message never throws; anything malformed, unknown, for another version or
 * from an origin outside the allowlist reads as `null` and is ignored.
 */
import type { Lang } from '@/content/schema';
import { isLang } from '@/lib/i18n/language';
import type { Layout } from './embed-options';

export const SOURCE = 'under-the-same-moon';
export const VERSION = 1;

interface Envelope {
  source: typeof SOURCE;
  version: typeof VERSION;
}

export interface ChapterRef {
  id: string;
  /** 0-based position in the story. */
  index: number;
  /** In the story's current language. */
  title: string;
}

export type StoryMessage = Envelope &
  (
    | { type: 'ready'; chapter: ChapterRef | null; chapters: number; lang: Lang; layout: Layout }
    | ({ type: 'chapterchange'; lang: Lang } & ChapterRef)
    /** The height the content needs, in CSS px, so the host can size the iframe to it. */
    | { type: 'height'; height: number }
  );

type Distribute<T> = T extends unknown ? Omit<T, 'source' | 'version'> : never;

export type HostMessage = { type: 'goto'; id: string } | { type: 'setLanguage'; lang: Lang };

export function storyMessage(body: Distribute<StoryMessage>): StoryMessage {
  return { source: SOURCE, version: VERSION, ...body } as StoryMessage;
}

/** With no allowlist every host may talk to the story; with one, only the origins it names. */
export function originAllowed(origin: string, allowlist: readonly string[] | null): boolean {
  return allowlist === null || allowlist.includes(origin);
}

/** Where announcements go: anyone (`*`) without an allowlist, else each allowed origin. */
export function announceTargets(allowlist: readonly string[] | null): readonly string[] {
  return allowlist === null ? ['*'] : allowlist;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

interface ReadContext {
  allowlist: readonly string[] | null;
  /** The story's chapter ids: a `goto` to any other is ignored. */
  chapterIds: readonly string[];
}

/** A host's message, validated, or `null` if it should be ignored. */
export function readHostMessage(data: unknown, origin: string, { allowlist, chapterIds }: ReadContext): HostMessage | null {
  if (!originAllowed(origin, allowlist)) return null;
  if (!isRecord(data) || data.source !== SOURCE || data.version !== VERSION) return null;
  switch (data.type) {
    case 'goto':
      return typeof data.id === 'string' && chapterIds.includes(data.id) ? { type: 'goto', id: data.id } : null;
    case 'setLanguage':
      return isLang(data.lang) ? { type: 'setLanguage', lang: data.lang } : null;
    default:
      return null;
  }
}
