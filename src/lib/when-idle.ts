/** Runs `fn` when the browser is idle (or soon, where it cannot tell); returns a cancel. */
export function whenIdle(fn: () => void, timeoutMs = 4000): () => void {
  if ('requestIdleCallback' in window) {
    const id = requestIdleCallback(fn, { timeout: timeoutMs });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(fn, 1500);
  return () => clearTimeout(id);
}
