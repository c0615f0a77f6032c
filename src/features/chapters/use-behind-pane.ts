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

/**
 * Text of the story column that has scrolled behind the panes is not drawn (behind-pane.ts).
 * `overMap`: whether the map sits over the column (the stacked layout). Beside it, the column's
 * only panes are the top bar and the week bar, opaque and as wide as the column, so nothing
 * behind them shows and nothing is watched: each mark repainted the page to hide what was
 * already covered (about half the paint events of a desktop read).
 */
export function useBehindPane(container: RefObject<HTMLElement | null>, overMap: boolean): void {
  useEffect(() => {
    const column = container.current;
    if (!column || !overMap) return;
    const bar = () => column.querySelector(':scope > .week-bar');
    return watchBehindPane(column, {
      sections: ':scope > .cover, :scope > .chapter',
      line: () => paneLine(bar()),
      panes: () => [bar()].filter((b): b is Element => b !== null),
    });
  }, [container, overMap]);
}
