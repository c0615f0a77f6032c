/**
 * Chooses how the story is shown: read by scrolling (the default), presented as slides
 * (`?mode=present`, P, or the Present button), or embedded in an article (`?embed=1`).
 * Every mode reads the same story; switching keeps the reader's chapter.
 */
import { lazy, Suspense, useCallback, useState } from 'react';
import { EmbedView } from './EmbedView';
import { ReadingView } from './ReadingView';

const PresentView = lazy(() => import('./PresentView').then((m) => ({ default: m.PresentView })));

export type Mode = 'read' | 'present';

function initialMode(): Mode {
  return new URLSearchParams(location.search).get('mode') === 'present' ? 'present' : 'read';
}

function writeMode(mode: Mode, chapterId: string | undefined): void {
  const url = new URL(location.href);
  if (mode === 'present') url.searchParams.set('mode', 'present');
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
  if (embed) return <EmbedView />;
  if (mode === 'present') {
    return (
      <Suspense fallback={null}>
        <PresentView onExit={(id) => switchMode('read', id)} />
      </Suspense>
    );
  }
  return <ReadingView onPresent={(id) => switchMode('present', id)} />;
}
