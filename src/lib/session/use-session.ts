/**
 * Reading the page's one session from any component: `useLang()` and `useChapterIndex()`
 * instead of props passed down through every layer.
 */
import { createContext, useContext, useSyncExternalStore } from 'react';
import type { Lang } from '@/content/constants';
import { isParallel, type Cursor, type Mode } from './cursor';
import type { SessionStore } from './session-store';

export const SessionContext = createContext<SessionStore | null>(null);

export function useSessionStore(): SessionStore {
  const store = useContext(SessionContext);
  if (!store) throw new Error('useSessionStore: no SessionContext.Provider above this component');
  return store;
}

function useCursorField<T extends string | number | boolean>(pick: (c: Cursor) => T): T {
  const store = useSessionStore();
  return useSyncExternalStore(store.subscribe, () => pick(store.get()));
}

export const useLang = (): Lang => useCursorField((c) => c.lang);
export const useChapterIndex = (): number => useCursorField((c) => c.chapter);
export const useMode = (): Mode => useCursorField((c) => c.mode);
/** Whether chapters show both languages, paragraph by paragraph. */
export const useParallel = (): boolean => useCursorField(isParallel);
