/**
 * Storyline colours and glyphs come from the story (story.yaml `threads:`), not from CSS:
 * this turns them into the rules the stylesheets expect (`.thread-<id>` sets --thread-colour,
 * `.thread-tag-<id> .thread-glyph` its shape, `.portrait-<id>` its sky), plus `--thread-a`
 * and `--thread-b` on the root: the storyline that travels the route (or the first) and the
 * other one, for the map's two travellers and the distance between them.
 */
import type { Thread, ThreadData } from '@/content/schema';

/** The (up to) two storylines of their own, the travelling one first. */
export function mainThreads(threads: Readonly<Record<Thread, ThreadData>>): Thread[] {
  const own = Object.keys(threads).filter((id) => !threads[id]?.shared);
  return own.sort((a, b) => Number(threads[b]?.travels ?? false) - Number(threads[a]?.travels ?? false)).slice(0, 2);
}

export function threadCss(threads: Readonly<Record<Thread, ThreadData>>): string {
  const [a, b] = mainThreads(threads).map((id) => threads[id]!.colour);
  const rules = [`:root { --thread-a: ${a ?? 'currentColor'}; --thread-b: ${b ?? a ?? 'currentColor'}; }`];
  for (const [id, t] of Object.entries(threads)) {
    rules.push(`.thread-${id} { --thread-colour: ${t.colour}; }`);
    if (t.glyph === 'square') {
      rules.push(`.thread-tag-${id} .thread-glyph { border-radius: 2px; }`);
    }
    if (t.glyph === 'split') {
      rules.push(`.thread-tag-${id} .thread-glyph { background: linear-gradient(90deg, var(--thread-a) 50%, var(--thread-b) 50%); }`);
      rules.push(`.portrait-${id} { --portrait-sky: var(--thread-a); }`, `.portrait-${id} .portrait-moon-shadow { fill: var(--thread-b); }`);
    } else rules.push(`.portrait-${id} { --portrait-sky: ${t.colour}; }`);
  }
  return rules.join('\n');
}

/** Adds the rules to the page as a constructed stylesheet (allowed by a `style-src 'self'` policy). */
export function adoptThreadStyles(threads: Readonly<Record<Thread, ThreadData>>, doc: Document = document): void {
  if (!('adoptedStyleSheets' in doc) || typeof CSSStyleSheet === 'undefined') return;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(threadCss(threads));
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
}
