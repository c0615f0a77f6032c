/** The cast dialog's code arrives the first time a reader opens it, not before the text. */
import { lazy, Suspense, useState, type ComponentProps } from 'react';

const CastDialog = lazy(() => import('./CastDialog').then((mod) => ({ default: mod.CastDialog })));

export function LazyCastDialog(props: ComponentProps<typeof CastDialog>) {
  const [wanted, setWanted] = useState(false);
  if (props.panel.open && !wanted) setWanted(true);
  return wanted ? (
    <Suspense fallback={null}>
      <CastDialog {...props} />
    </Suspense>
  ) : null;
}
