/**
 * The keyboard for the map's places: the whole set is one Tab stop (a roving tabindex), and
 * the arrow keys, Home and End move between places in the order given (journey order), so a
 * keyboard reader is not made to tab through a dozen pins, in stacking order, before the story.
 * Works on any focusable elements; knows nothing of MapLibre.
 */
const NEXT = new Set(['ArrowRight', 'ArrowDown']);
const PREVIOUS = new Set(['ArrowLeft', 'ArrowUp']);

export class RovingFocus {
  private items: HTMLElement[] = [];
  /** The element that holds the group's Tab stop, once a reader has moved within the group. */
  private chosen: HTMLElement | null = null;

  constructor(root: HTMLElement) {
    root.addEventListener('keydown', (event) => this.onKey(event));
    root.addEventListener('focusin', (event) => {
      if (event.target instanceof HTMLElement && this.items.includes(event.target)) this.hold(event.target);
    });
  }

  /** The group's members in order; `preferred` holds the Tab stop unless the reader chose one. */
  set(items: readonly HTMLElement[], preferred?: HTMLElement): void {
    this.items = [...items];
    if (this.chosen && !this.items.includes(this.chosen)) this.chosen = null;
    this.hold(this.chosen ?? preferred ?? this.items[0] ?? null, false);
  }

  private hold(item: HTMLElement | null, chosen = true): void {
    if (chosen && item) this.chosen = item;
    // Written only where it changes (each place update sets the group again); the attribute,
    // not the property, is compared: a new button's tabIndex is 0 with no attribute written.
    for (const el of this.items) {
      const tabIndex = el === item ? '0' : '-1';
      if (el.getAttribute('tabindex') !== tabIndex) el.setAttribute('tabindex', tabIndex);
    }
  }

  private onKey(event: KeyboardEvent): void {
    const at = this.items.indexOf(event.target as HTMLElement);
    if (at < 0 || event.altKey || event.ctrlKey || event.metaKey) return;
    const last = this.items.length - 1;
    const to = NEXT.has(event.key) ? Math.min(last, at + 1)
      : PREVIOUS.has(event.key) ? Math.max(0, at - 1)
      : event.key === 'Home' ? 0
      : event.key === 'End' ? last
      : -1;
    if (to < 0) return;
    // The page must not scroll, nor the map pan, under the reader's arrow keys.
    event.preventDefault();
    event.stopPropagation();
    const target = this.items[to];
    if (!target) return;
    this.hold(target);
    target.focus();
  }
}
