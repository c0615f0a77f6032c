/**
 * The embed's side of the host protocol (see `protocol.ts`): announces `ready` and every
 * `chapterchange` to the parent page, and obeys the parent's valid `goto` and `setLanguage`.
 * Does nothing outside an iframe. Returns a function that announces the content height.
 */
import { useCallback, useEffect, useRef } from 'react';
import type { Lang } from '@/content/schema';
import { story } from '@/content/story';
import type { Layout } from './embed-options';
import { announceTargets, readHostMessage, storyMessage, type ChapterRef, type StoryMessage } from './protocol';

interface Options {
  enabled: boolean;
  allowlist: readonly string[] | null;
  /** The current chapter's index, -1 before the first. */
  index: number;
  lang: Lang;
  layout: Layout;
  onGoto: (index: number) => void;
  onSetLanguage: (lang: Lang) => void;
}

const chapterIds = story.chapters.map((c) => c.id);

function chapterRef(index: number, lang: Lang): ChapterRef | null {
  const chapter = story.chapters[index];
  return chapter ? { id: chapter.id, index: chapter.index, title: chapter.title[lang] } : null;
}

const hasHost = () => typeof window !== 'undefined' && window.parent !== window;

export function useHostChannel({ enabled, allowlist, index, lang, layout, onGoto, onSetLanguage }: Options): (height: number) => void {
  const latest = useRef({ index, lang, onGoto, onSetLanguage });
  useEffect(() => {
    latest.current = { index, lang, onGoto, onSetLanguage };
  });
  const active = enabled && hasHost();

  const post = useCallback(
    (message: StoryMessage) => {
      // A target origin that is not the parent's drops the message silently: that is the point.
      for (const target of announceTargets(allowlist)) window.parent.postMessage(message, target);
    },
    [allowlist],
  );

  // `ready` comes first: a height measured before it waits (children's effects run first).
  const ready = useRef(false);
  const pendingHeight = useRef(0);
  useEffect(() => {
    if (!active) return;
    const { index: at, lang: now } = latest.current;
    post(storyMessage({ type: 'ready', chapter: chapterRef(at, now), chapters: story.chapters.length, lang: now, layout }));
    ready.current = true;
    if (pendingHeight.current > 0) post(storyMessage({ type: 'height', height: pendingHeight.current }));
  }, [active, post, layout]);

  useEffect(() => {
    const ref = chapterRef(index, latest.current.lang);
    if (active && ref) post(storyMessage({ type: 'chapterchange', lang: latest.current.lang, ...ref }));
  }, [active, post, index]);

  useEffect(() => {
    if (!active) return;
    const onMessage = (event: MessageEvent) => {
      if (event.source !== window.parent) return; // only the page that embeds us
      const message = readHostMessage(event.data, event.origin, { allowlist, chapterIds });
      if (message?.type === 'goto') latest.current.onGoto(chapterIds.indexOf(message.id));
      else if (message?.type === 'setLanguage' && message.lang !== latest.current.lang) latest.current.onSetLanguage(message.lang);
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [active, allowlist]);

  const lastHeight = useRef(0);
  return useCallback(
    (height: number) => {
      const px = Math.ceil(height);
      if (!active || px <= 0 || px === lastHeight.current) return;
      lastHeight.current = px;
      if (ready.current) post(storyMessage({ type: 'height', height: px }));
      else pendingHeight.current = px;
    },
    [active, post],
  );
}
