import './behind-pane.css';
import { useEffect, type RefObject } from 'react';
import { watchBehindPane } from './behind-pane';

/** The lower edge of the panes that stay on top of the story: the week bar, which sticks under
 * the top bar (desktop) or under the phone's map. Read from its sticky offset, not its box, so
 * it is the same wherever the page is scrolled. */
function paneLine(bar: Element | null): number {
  if (!(bar instanceof HTMLElement)) return 0;
  const top = parseFloat(getComputedStyle(bar).top);
  return Number.isFinite(top) ? top + bar.offsetHeight : 0;
}

/** Text of the story column that has scrolled behind the panes is not drawn (behind-pane.ts). */
export function useBehindPane(container: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const column = container.current;
    if (!column) return;
    const bar = () => column.querySelector(':scope > .week-bar');
    return watchBehindPane(column, {
      sections: ':scope > .cover, :scope > .chapter',
      line: () => paneLine(bar()),
      panes: () => [bar()].filter((b): b is Element => b !== null),
    });
  }, [container]);
}
