/** The topbar's Share button; the dialog's code arrives when a reader first opens it. */
import { lazy, Suspense, useCallback, useRef, useState } from 'react';
import { shareWords } from './share-words';
import { useLang } from '@/lib/session/use-session';

const ShareDialog = lazy(() => import('./ShareDialog').then((mod) => ({ default: mod.ShareDialog })));

export function ShareButton({ chapterId }: { chapterId: string | undefined }) {
  const lang = useLang();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const close = useCallback(() => {
    setOpen(false);
    button.current?.focus();
  }, []);
  return (
    <>
      <button ref={button} type="button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {shareWords.share[lang]}
      </button>
      {open && (
        <Suspense fallback={null}>
          <ShareDialog chapterId={chapterId} onClose={close} />
        </Suspense>
      )}
    </>
  );
}
