/** `true` once `ms` have passed since the component mounted (`false` until then). */
import { useEffect, useState } from 'react';

export function useAfter(ms: number): boolean {
  const [passed, setPassed] = useState(false);
  useEffect(() => {
    const id = setTimeout(() => setPassed(true), ms);
    return () => clearTimeout(id);
  }, [ms]);
  return passed;
}
