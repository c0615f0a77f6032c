/**
 * Loads a code chunk, trying again after a pause when the network fails (a flaky school
 * Wi-Fi, a deployment landing under an open tab). After the last try the error goes on to
 * the nearest error boundary, which shows a note instead of a blank page.
 *
 * A browser may remember a module that failed to load and fail every later `import()` of the
 * same URL at once, without asking the network again (Chromium 150 does). So when the error
 * names the module's URL (Chromium and Firefox do), a new try imports that URL with a query
 * of its own: the same file, fetched afresh.
 */
export function retryImport<T>(
  load: () => Promise<T>,
  {
    tries = 3, pauseMs = 500,
    wait = (ms: number) => new Promise<void>((r) => setTimeout(r, ms)),
    reload = (url: string) => import(/* @vite-ignore */ url) as Promise<T>,
  } = {},
): Promise<T> {
  return load().catch((error: unknown) => {
    if (tries <= 1) throw error;
    const url = failedModuleUrl(error);
    const again = url ? () => reload(`${url}?retry=${tries}`) : load;
    return wait(pauseMs).then(() => retryImport(again, { tries: tries - 1, pauseMs: pauseMs * 2, wait, reload }));
  });
}

/** The URL of the module a failed `import()` names in its error, if it names one. */
export const failedModuleUrl = (error: unknown): string | undefined => /https?:\/\/\S+?\.m?js\b/.exec(String(error))?.[0];
