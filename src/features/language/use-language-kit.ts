/**
 * The language kit (kit.ts) for components that show glossary words, read-aloud and
 * questions: `null` until it has loaded, which starts when the page is first idle, so the
 * first chapter's text never waits for it. (Not later: gated on the first paint being shown,
 * or on the map's first view, it arrived while a reader, or a test, was already using the
 * page, and the text grew under them.) Every component gets it in the same render, so the
 * text grows once, and the scroll driver puts the reader back in place once.
 */
import { useEffect, useSyncExternalStore } from 'react';
import { retryImport } from '@/lib/retry-import';
import { whenIdle } from '@/lib/when-idle';
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
  useEffect(() => (loaded ? undefined : whenIdle(() => void loadLanguageKit())), []);
  return kit;
}
