/**
 * What an HTML page of the build needs before it can run: the same-origin scripts, module
 * preloads, styles and icons it names. The service worker checks that every one of them is
 * in its own cache before it takes over, so it never serves a page whose files it lacks.
 *
 * Self-contained on purpose: the service worker source embeds this function's text.
 */
export function shellAssets(html: string, pageUrl: string): string[] {
  const page = new URL(pageUrl);
  const found = new Set<string>();
  const tags = html.match(/<(?:script|link)\b[^>]*>/gi) ?? [];
  for (const tag of tags) {
    const attr = /\s(?:src|href)\s*=\s*(?:"([^"]*)"|'([^']*)')/i.exec(tag);
    const value = attr ? (attr[1] ?? attr[2] ?? '') : '';
    if (!value || value.startsWith('data:') || value.startsWith('#')) continue;
    let url: URL;
    try {
      url = new URL(value, page);
    } catch {
      continue;
    }
    if (url.origin !== page.origin) continue;
    url.hash = '';
    found.add(url.href);
  }
  return [...found];
}
