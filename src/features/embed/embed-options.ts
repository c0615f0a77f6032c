/**
 * What an embed's URL asks for (`?embed=1&chapter=…&lang=…&layout=…&explore=…&origins=…`),
 * and the URLs and snippet the Share dialog builds from the same options. Pure: no DOM.
 */
import type { Lang } from '@/content/schema';
import { isLang } from '@/lib/i18n/language';

/** `poster`: a title card whose one button opens the story full screen (frames too small to read in). */
export type Layout = 'scroll' | 'stepper' | 'poster';
const LAYOUTS: readonly string[] = ['scroll', 'stepper', 'poster'] satisfies Layout[];

export interface EmbedOptions {
  /** The chapter to open at, if the URL names one that exists. */
  chapter: string | null;
  lang: Lang | null;
  layout: Layout | 'auto';
  /** Whether the reader may leave the story's camera and explore the map. */
  explore: boolean;
  /** Host origins allowed to talk to the story; `null` when no allowlist was given. */
  origins: string[] | null;
}

/** Frames shorter than this (CSS px) get the stepper: too short to scroll text beside a map. */
export const SHORT_FRAME_PX = 480;
/**
 * The smallest frame (CSS px) that gets the scroll story by default. Anything smaller is an
 * article's column: a scroll story there is a scroll trap (thousands of pixels inside a
 * 640 px box before the article moves on) with a few lines of text to read, so it gets the
 * stepper, which fits the frame and lets the page scroll on.
 */
export const SCROLL_FRAME = { width: 900, height: 800 } as const;
/**
 * Frames smaller than this (CSS px) get the poster by default: the stepper there leaves too
 * little card to read. Measured on the built stepper: its bar (44 px) and buttons (50 px) take
 * 94 px. In a column (under 640 px wide) the map above the card takes 40% of the height, at
 * least 120 px, so the card is 158 px in a 360×420 frame, 122 px at 360 px high (a heading and
 * three lines) and 110 px at 340. Beside the map (640 px and wider) the card has the whole
 * height less 94 px: 126 px at 220 px high. Under 290 px wide the previous/next row wraps
 * (59 px at 280, 81 at 260) and eats the card.
 */
export const POSTER_FRAME = { width: 290, height: 360, heightBeside: 220, beside: 640 } as const;
/** The embed parameters, removed from the URL of the full story. */
const EMBED_PARAMS = ['embed', 'chapter', 'layout', 'explore', 'origins'] as const;

/**
 * Reads `?origins=https://a.example,https://b.example` into normalised origins. Entries that
 * are not http(s) origins are dropped; a given but empty list trusts no host at all.
 */
export function parseOrigins(value: string | null): string[] | null {
  if (value === null) return null;
  const origins = new Set<string>();
  for (const part of value.split(',')) {
    const origin = originOf(part.trim());
    if (origin) origins.add(origin);
  }
  return [...origins];
}

function originOf(text: string): string | null {
  if (!text) return null;
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : null;
  } catch {
    return null;
  }
}

export function readEmbedOptions(search: string, chapterIds: readonly string[]): EmbedOptions {
  const params = new URLSearchParams(search);
  const chapter = params.get('chapter');
  const lang = params.get('lang');
  const layout = params.get('layout');
  return {
    chapter: chapter && chapterIds.includes(chapter) ? chapter : null,
    lang: isLang(lang) ? lang : null,
    layout: layout !== null && LAYOUTS.includes(layout) ? (layout as Layout) : 'auto',
    explore: params.get('explore') !== '0',
    origins: parseOrigins(params.get('origins')),
  };
}

/**
 * `auto` picks the scroll story only for frames as big as a page, the poster for frames too
 * small for the stepper, the stepper between; sizes in CSS px.
 */
export function resolveLayout(layout: EmbedOptions['layout'], width: number, height: number): Layout {
  if (layout !== 'auto') return layout;
  if (tooSmallToRead(width, height)) return 'poster';
  return readingLayout(width, height);
}

/** The story to read in a frame (or a screen, once the poster went full screen): never the poster. */
export function readingLayout(width: number, height: number): Exclude<Layout, 'poster'> {
  return width >= SCROLL_FRAME.width && height >= SCROLL_FRAME.height ? 'scroll' : 'stepper';
}

/** A frame whose size is not known yet (0 × 0: hidden, not laid out) is not "too small". */
function tooSmallToRead(width: number, height: number): boolean {
  if (width <= 0 || height <= 0) return false;
  const minHeight = width >= POSTER_FRAME.beside ? POSTER_FRAME.heightBeside : POSTER_FRAME.height;
  return width < POSTER_FRAME.width || height < minHeight;
}

/** The full story (no embed parameters) in `lang`, at `chapterId` when given. */
export function fullStoryUrl(href: string, lang: Lang, chapterId: string | undefined): string {
  const url = new URL(href);
  for (const name of EMBED_PARAMS) url.searchParams.delete(name);
  url.searchParams.set('lang', lang);
  url.hash = chapterId ? `#${chapterId}` : '';
  return url.toString();
}

export interface EmbedChoice {
  chapter: string | null;
  lang: Lang;
  layout: EmbedOptions['layout'];
  explore: boolean;
}

/** The embed URL for a choice, with only the parameters that differ from the defaults. */
export function embedUrl(href: string, choice: EmbedChoice): string {
  const url = new URL(href);
  url.search = '';
  url.hash = '';
  url.searchParams.set('embed', '1');
  if (choice.chapter) url.searchParams.set('chapter', choice.chapter);
  url.searchParams.set('lang', choice.lang);
  if (choice.layout !== 'auto') url.searchParams.set('layout', choice.layout);
  if (!choice.explore) url.searchParams.set('explore', '0');
  return url.toString();
}

const escapeAttribute = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The `<iframe>` an editor pastes into an article: full column width, a fixed height in
 * CSS px, a title for screen readers, loaded only when near the viewport.
 */
export function iframeSnippet({ src, title, height }: { src: string; title: string; height: number }): string {
  return (
    `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" ` +
    `width="100%" height="${Math.round(height)}" style="border:0;display:block;max-width:100%" ` +
    `loading="lazy" allow="fullscreen"></iframe>`
  );
}

/** Heights the Share dialog offers, in CSS px: big enough to read, small enough for a column. */
export const MIN_HEIGHT = 320;
export const MAX_HEIGHT = 1200;
export const clampHeight = (px: number, fallback: number): number =>
  Number.isFinite(px) ? Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, Math.round(px))) : fallback;
