/**
 * Chooses how the story is shown: read by scrolling (the default), presented as slides
 * (`?mode=present`, P, or the Present button), or embedded in an article (`?embed=1`).
 * Every mode reads the same story; switching keeps the reader's chapter.
 */
import { lazy, Suspense, useCallback, useState, type ReactNode } from 'react';
import { ErrorBoundary } from '@/lib/react/ErrorBoundary';
import { retryImport } from '@/lib/retry-import';
import { PlainStory } from './PlainStory';
import { ReadingView } from './ReadingView';

// Modes other than reading load their code only when used; a chunk that fails is tried again.
const EmbedView = lazy(() => retryImport(() => import('./EmbedView')).then((m) => ({ default: m.EmbedView })));
const PresentView = lazy(() => retryImport(() => import('./PresentView')).then((m) => ({ default: m.PresentView })));
const PresenterView = lazy(() => retryImport(() => import('./PresenterView')).then((m) => ({ default: m.PresenterView })));
const HandoutView = lazy(() => retryImport(() => import('./HandoutView')).then((m) => ({ default: m.HandoutView })));

/** Whatever fails inside a mode, the reader still gets the story, as text, with a note. */
function ModeBoundary({ mode, children }: { mode: string; children: ReactNode }) {
  return (
    <ErrorBoundary key={mode} fallback={() => <PlainStory />}>
      <Suspense fallback={null}>{children}</Suspense>
    </ErrorBoundary>
  );
}

/** `presenter` is the second window the slides open with S; `handout` the printable handout. */
export type Mode = 'read' | 'present' | 'presenter' | 'handout';
const MODES: readonly Mode[] = ['read', 'present', 'presenter', 'handout'];

function initialMode(): Mode {
  const asked = new URLSearchParams(location.search).get('mode');
  return MODES.find((m) => m === asked) ?? 'read';
}

function writeMode(mode: Mode, chapterId: string | undefined): void {
  const url = new URL(location.href);
  if (mode !== 'read') url.searchParams.set('mode', mode);
  else url.searchParams.delete('mode');
  url.hash = chapterId ? `#${chapterId}` : '';
  history.replaceState(history.state, '', url);
}

export function App() {
  const embed = new URLSearchParams(location.search).get('embed') === '1';
  const [mode, setMode] = useState<Mode>(initialMode);
  const switchMode = useCallback((next: Mode, chapterId?: string) => {
    writeMode(next, chapterId);
    setMode(next);
  }, []);
  if (embed) {
    return (
      <ModeBoundary mode="embed">
        <EmbedView />
      </ModeBoundary>
    );
  }
  if (mode !== 'read') {
    const exit = (id?: string) => switchMode('read', id);
    return (
      <ModeBoundary mode={mode}>
        {mode === 'present' && <PresentView onExit={exit} />}
        {mode === 'presenter' && <PresenterView />}
        {mode === 'handout' && <HandoutView onExit={exit} />}
      </ModeBoundary>
    );
  }
  return (
    <ModeBoundary mode={mode}>
      <ReadingView onPresent={(id) => switchMode('present', id)} onHandout={(id) => switchMode('handout', id)} />
    </ModeBoundary>
  );
}
