/**
 * The language kit (kit.ts) for components that show glossary words, read-aloud and
 * questions: `null` until it has loaded, which starts once the first text is on screen and the
 * page is idle, so the first chapter's text never waits for it. (Not later, once the map has
 * settled: the chapters then grew under the reader's first scroll.) Every component gets it
 * in the same render, so the text grows once, and the scroll driver puts the reader back in
 * place once.
 */
import { useEffect, useSyncExternalStore } from 'react';
import { retryImport } from '@/lib/retry-import';
import { afterFirstPaint } from '@/lib/first-view';
import type * as Kit from './kit';

export type LanguageKit = typeof Kit;

// The loaded module, like the browser's own module cache: one per page.
let loaded: LanguageKit | null = null;
let loading: Promise<LanguageKit> | null = null;
const listeners = new Set<() => void>();

export function loadLanguageKit(): Promise<LanguageKit> {
  loading ??= retryImport(() => import('./kit')).then((k) => {
    loaded = k;
    for (const l of listeners) l();
    return k;
  });
  return loading;
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

export function useLanguageKit(): LanguageKit | null {
  const kit = useSyncExternalStore(subscribe, () => loaded, () => null);
  useEffect(() => (loaded ? undefined : afterFirstPaint(() => void loadLanguageKit())), []);
  return kit;
}
