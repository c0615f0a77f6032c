/** Copying text for the Share dialog, with a status the dialog announces. */
import { useCallback, useState } from 'react';

export type CopyStatus = 'idle' | 'copied' | 'failed';

async function copyText(text: string, field: HTMLInputElement | HTMLTextAreaElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // No clipboard API or no permission (an insecure origin, an iframe): select and copy.
  }
  if (!field) return false;
  field.focus();
  field.select();
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  }
}

export function useCopy(): [CopyStatus, (text: string, field: HTMLInputElement | HTMLTextAreaElement | null) => void, () => void] {
  const [status, setStatus] = useState<CopyStatus>('idle');
  const copy = useCallback((text: string, field: HTMLInputElement | HTMLTextAreaElement | null) => {
    void copyText(text, field).then((ok) => setStatus(ok ? 'copied' : 'failed'));
  }, []);
  const reset = useCallback(() => setStatus('idle'), []);
  return [status, copy, reset];
}
