/**
 * Loads a code chunk, trying again after a pause when the network fails (a flaky school
 * Wi-Fi, a deployment landing under an open tab). After the last try the error goes on to
 * the nearest error boundary, which shows a note instead of a blank page.
 */
export function retryImport<T>(
  load: () => Promise<T>,
  { tries = 3, pauseMs = 500, wait = (ms: number) => new Promise<void>((r) => setTimeout(r, ms)) } = {},
): Promise<T> {
  return load().catch((error: unknown) => {
    if (tries <= 1) throw error;
    return wait(pauseMs).then(() => retryImport(load, { tries: tries - 1, pauseMs: pauseMs * 2, wait }));
  });
}
