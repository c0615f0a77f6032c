/** The cast dialog's code arrives the first time a reader opens it, not before the text. */
import { lazy, Suspense, useState, type ComponentProps } from 'react';
import { ErrorBoundary } from '@/lib/react/ErrorBoundary';
import { retryImport } from '@/lib/retry-import';
import { useLang } from '@/lib/session/use-session';
import { castWords } from './cast-words';

const CastDialog = lazy(() => retryImport(() => import('./CastDialog')).then((mod) => ({ default: mod.CastDialog })));

export function LazyCastDialog(props: ComponentProps<typeof CastDialog>) {
  const lang = useLang();
  const [wanted, setWanted] = useState(false);
  if (props.panel.open && !wanted) setWanted(true);
  if (!wanted) return null;
  // The dialog's code may never arrive (offline before it was stored): the story stays, with a note.
  const failed = () =>
    props.panel.open ? (
      <p className="cast-failed" role="alert">
        {castWords.unavailable[lang]}{' '}
        <button type="button" onClick={props.panel.close}>{castWords.close[lang]}</button>
      </p>
    ) : null;
  return (
    <ErrorBoundary fallback={failed}>
      <Suspense fallback={null}>
        <CastDialog {...props} />
      </Suspense>
    </ErrorBoundary>
  );
}
