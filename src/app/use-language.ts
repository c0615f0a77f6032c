/** The reader's language: detected once, switchable at any moment, remembered, on `<html lang>`. */
import { useCallback, useEffect, useState } from 'react';
import type { Lang } from '@/content/schema';
import { detectLanguage, STORAGE_KEY } from '@/lib/i18n/language';

function readStored(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null; // storage blocked (private mode, sandboxed iframe): just don't remember
  }
}

export function initialLanguage(): Lang {
  return detectLanguage({ search: location.search, stored: readStored(), browser: navigator.languages ?? [] });
}

/** `writeUrl` is false inside an embed, where the URL belongs to nobody but the iframe. */
export function useLanguage(writeUrl: boolean): [Lang, (lang: Lang) => void] {
  const [lang, setLangState] = useState<Lang>(initialLanguage);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const setLang = useCallback(
    (next: Lang) => {
      setLangState(next);
      try {
        localStorage.setItem(STORAGE_KEY, next);
      } catch {
        /* not remembered, still switched */
      }
      if (writeUrl) {
        const url = new URL(location.href);
        if (url.searchParams.has('lang')) {
          url.searchParams.set('lang', next);
          history.replaceState(history.state, '', url);
        }
      }
    },
    [writeUrl],
  );
  return [lang, setLang];
}
