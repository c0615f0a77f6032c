/**
 * Holds the page's one story session and chooses how it is shown: read by scrolling (the
 * default), presented as slides (`?mode=present`, P, or the Present button), the handout,
 * the glossary (`?mode=glossary`), or embedded in an article (`?embed=1`). Every mode reads
 * the same story and the same session, so switching keeps the reader's chapter and language.
 */
import { lazy, Suspense, useState, type ReactNode } from 'react';
import { story } from '@/content/story';
import { readEmbedOptions, type EmbedOptions } from '@/features/embed/embed-options';
import { ErrorBoundary } from '@/lib/react/ErrorBoundary';
import { retryImport } from '@/lib/retry-import';
import { startCursor } from '@/lib/session/cursor';
import { createSessionStore, type SessionStore } from '@/lib/session/session-store';
import { SessionContext, useMode } from '@/lib/session/use-session';
import { PlainStory } from './PlainStory';
import { ReadingView } from './ReadingView';
import { startingCursor, useSessionUrl } from './session-url';
import { initialLanguage } from './use-language';

// Modes other than reading load their code only when used; a chunk that fails is tried again.
const EmbedView = lazy(() => retryImport(() => import('./EmbedView')).then((m) => ({ default: m.EmbedView })));
const PresentView = lazy(() => retryImport(() => import('./PresentView')).then((m) => ({ default: m.PresentView })));
const PresenterView = lazy(() => retryImport(() => import('./PresenterView')).then((m) => ({ default: m.PresenterView })));
const HandoutView = lazy(() => retryImport(() => import('./HandoutView')).then((m) => ({ default: m.HandoutView })));
const TeachView = lazy(() => retryImport(() => import('./TeachView')).then((m) => ({ default: m.TeachView })));
const ActivitiesView = lazy(() => retryImport(() => import('./ActivitiesView')).then((m) => ({ default: m.ActivitiesView })));
const GlossaryView = lazy(() => retryImport(() => import('./GlossaryView')).then((m) => ({ default: m.GlossaryView })));

/** Whatever fails inside a mode, the reader still gets the story, as text, with a note. */
function ModeBoundary({ mode, children }: { mode: string; children: ReactNode }) {
  return (
    <ErrorBoundary key={mode} fallback={() => <PlainStory />}>
      <Suspense fallback={null}>{children}</Suspense>
    </ErrorBoundary>
  );
}

function startSession(embed: EmbedOptions | null): SessionStore {
  const total = story.chapters.length;
  if (!embed) return createSessionStore(startingCursor(), total);
  const asked = story.chapters.findIndex((c) => c.id === embed.chapter);
  return createSessionStore(startCursor(asked, 'read', initialLanguage()), total, true);
}

export function App() {
  const [embed] = useState(() =>
    new URLSearchParams(location.search).get('embed') === '1' ? readEmbedOptions(location.search, story.chapters.map((c) => c.id)) : null,
  );
  const [store] = useState(() => startSession(embed));
  useSessionUrl(store);
  return (
    <SessionContext.Provider value={store}>
      <Modes embed={embed} />
    </SessionContext.Provider>
  );
}

function Modes({ embed }: { embed: EmbedOptions | null }) {
  const mode = useMode();
  const shown = embed ? 'embed' : mode;
  return (
    <ModeBoundary mode={shown}>
      {embed && <EmbedView options={embed} />}
      {shown === 'present' && <PresentView />}
      {shown === 'presenter' && <PresenterView />}
      {shown === 'handout' && <HandoutView />}
      {shown === 'teach' && <TeachView />}
      {shown === 'activities' && <ActivitiesView />}
      {shown === 'glossary' && <GlossaryView />}
      {shown === 'read' && <ReadingView />}
    </ModeBoundary>
  );
}
