/**
 * Text that has scrolled up behind the sticky panes (the top bar, the phone's map, the week bar)
 * is not drawn: it is covered there, and a half-hidden word peeking between the map's
 * attribution, its menu and its markers reads as litter on the map. Watched only where the map
 * sits over the story (the stacked layout, use-behind-pane.ts).
 *
 * Cheap by construction: no work per scroll frame and no layout reads while scrolling. One
 * IntersectionObserver watches the chapters; the text elements of the chapters on screen are
 * watched by a second one whose root ends at the panes' lower edge (a root margin measured only
 * when the panes change size). An element wholly above that edge gets `data-behind-pane`
 * (transparent, in CSS); it comes back as soon as any of it is below the edge again.
 *
 * Transparent, not `visibility: hidden` or `display: none`: the text stays in the accessibility
 * tree (a screen reader can go back to it), in find-in-page and in the Tab order. A keyboard
 * focus that lands behind the panes brings its element out into the open part of the page.
 */

export const BEHIND_PANE = 'data-behind-pane';

/** The elements of `root` that hold text of their own (the boxes a reader sees as text). */
export function textElements(root: Element): Element[] {
  const found: Element[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
  for (let el: Node | null = walker.currentNode; el; el = walker.nextNode()) {
    if (!(el instanceof Element)) continue;
    for (const n of el.childNodes) {
      if (n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim()) {
        found.push(el);
        break;
      }
    }
  }
  return found;
}

/** Whether an element is wholly above the panes' edge (`line`, px from the top of the view). */
export function isBehind(entry: Pick<IntersectionObserverEntry, 'isIntersecting' | 'boundingClientRect'>, line: number): boolean {
  return !entry.isIntersecting && entry.boundingClientRect.bottom <= line + 0.5;
}

interface Options {
  /** The sections whose text is watched (chapters, the cover). */
  sections: string;
  /** The panes' lower edge, in px from the top of the view; read when the panes change size. */
  line: () => number;
  /** Elements whose size changes move the edge. */
  panes: () => Element[];
}

/** Starts watching `container`'s sections; returns the function that stops. */
export function watchBehindPane(container: HTMLElement, { sections, line, panes }: Options): () => void {
  const doc = container.ownerDocument;
  const win = doc.defaultView;
  if (!win || typeof win.IntersectionObserver !== 'function') return () => {};
  let edge = 0;
  let inner: IntersectionObserver | null = null;
  /** The text elements watched, per section on screen. */
  const active = new Map<Element, Set<Element>>();

  const onText: IntersectionObserverCallback = (entries) => {
    // With a force, toggleAttribute changes nothing when the mark is already so (each change
    // lays the element's paragraph out again).
    for (const e of entries) e.target.toggleAttribute(BEHIND_PANE, isBehind(e, edge));
  };
  /** Stops watching an element; `keep`: it may stay marked (its section went off the top of the
   * view, where it is behind the panes when it comes back too). Clearing the marks of a whole
   * section that left the view laid it out again for nothing, about once a chapter. */
  const release = (el: Element, keep = false) => {
    inner?.unobserve(el);
    if (!keep) el.removeAttribute(BEHIND_PANE);
  };
  const watch = (section: Element) => {
    const now = new Set(textElements(section));
    const before = active.get(section) ?? new Set<Element>();
    for (const el of before) if (!now.has(el)) release(el);
    for (const el of now) if (!before.has(el)) inner?.observe(el);
    active.set(section, now);
  };
  const unwatch = (section: Element, above = false) => {
    for (const el of active.get(section) ?? []) release(el, above);
    active.delete(section);
  };
  /** A new edge: a new observer (a root margin is fixed), watching the same elements. */
  const measure = () => {
    const next = Math.max(0, Math.round(line()));
    if (inner && next === edge) return;
    edge = next;
    inner?.disconnect();
    inner = new IntersectionObserver(onText, { root: doc, rootMargin: `${-edge}px 0px 0px 0px` });
    for (const els of active.values()) for (const el of els) inner.observe(el);
  };
  measure();

  const outer = new IntersectionObserver((entries) => {
    for (const e of entries) {
      if (e.isIntersecting) watch(e.target);
      else unwatch(e.target, e.boundingClientRect.bottom <= 0);
    }
  }, { root: doc });
  for (const s of container.querySelectorAll(sections)) outer.observe(s);

  // New text in a section on screen (a language, the glossary words arriving): watched too.
  let pending = false;
  const mutations = new MutationObserver(() => {
    if (pending) return;
    pending = true;
    queueMicrotask(() => {
      pending = false;
      for (const s of container.querySelectorAll(sections)) outer.observe(s);
      for (const s of [...active.keys()]) (s.isConnected ? watch : unwatch)(s);
    });
  });
  mutations.observe(container, { childList: true, subtree: true });

  const resize = new ResizeObserver(measure);
  for (const p of panes()) resize.observe(p);
  win.addEventListener('resize', measure);

  // Keyboard focus behind the panes (Shift+Tab back up the story): the element comes out.
  const onFocus = (event: FocusEvent) => {
    const target = event.target;
    if (!(target instanceof HTMLElement) || target === container || !target.matches(':focus-visible')) return;
    const box = target.getBoundingClientRect();
    const open = win.innerHeight - edge;
    // The story scrolls the page: the element goes to the middle of the open part below the panes.
    if (box.top < edge && box.height < open) win.scrollBy({ top: box.top - edge - (open - box.height) / 2 });
  };
  container.addEventListener('focusin', onFocus);

  return () => {
    container.removeEventListener('focusin', onFocus);
    win.removeEventListener('resize', measure);
    resize.disconnect();
    mutations.disconnect();
    outer.disconnect();
    inner?.disconnect();
    for (const els of active.values()) for (const el of els) el.removeAttribute(BEHIND_PANE);
  };
}
