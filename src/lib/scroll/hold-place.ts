/**
 * Holds the reader's place while the page reflows under them (fonts, the map, a language
 * switch): `apply` puts the reader back, and runs again on every size change of the page and
 * when the fonts are ready, until the reader's own input (wheel, touch, key, pointer), the
 * optional `timeout`, or the returned `stop` ends the hold. `onEnd` runs once, when it ends.
 */
export interface HoldOptions {
  readonly timeout?: number;
  readonly onEnd?: () => void;
}

const INPUTS = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const;

export function holdPlace(apply: () => void, { timeout, onEnd }: HoldOptions = {}): () => void {
  // The input that asked for this place (a key on a map marker) is still on its way to the
  // window: only input that began after the hold ends it.
  const since = performance.now();
  const onInput = (event: Event) => {
    if (event.timeStamp > since) stop();
  };
  apply();
  const observer = new ResizeObserver(() => apply());
  observer.observe(document.body);
  let stopped = false;
  void document.fonts?.ready.then(() => !stopped && apply());
  const timer = timeout === undefined ? undefined : setTimeout(stop, timeout);
  for (const type of INPUTS) window.addEventListener(type, onInput, { passive: true });
  function stop(): void {
    if (stopped) return;
    stopped = true;
    observer.disconnect();
    clearTimeout(timer);
    for (const type of INPUTS) window.removeEventListener(type, onInput);
    onEnd?.();
  }
  return stop;
}
