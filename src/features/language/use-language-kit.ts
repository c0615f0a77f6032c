/**
 * The language kit (kit.ts) for components that show glossary words, read-aloud and
 * questions: `null` until it has loaded, which starts when the page is first idle, so the
 * first chapter's text never waits for it.
 */
import { useEffect, useState } from 'react';
import type * as Kit from './kit';
import { retryImport } from '@/lib/retry-import';
import { whenIdle } from '@/lib/when-idle';

export type LanguageKit = typeof Kit;

let loaded: LanguageKit | null = null;
let loading: Promise<LanguageKit> | null = null;

export function loadLanguageKit(): Promise<LanguageKit> {
  loading ??= retryImport(() => import('./kit')).then((k) => (loaded = k));
  return loading;
}

export function useLanguageKit(): LanguageKit | null {
  const [kit, setKit] = useState(loaded);
  useEffect(() => {
    if (kit) return;
    let live = true;
    const cancel = whenIdle(() => void loadLanguageKit().then((k) => live && setKit(k)));
    return () => {
      live = false;
      cancel();
    };
  }, [kit]);
  return kit;
}
