/**
 * The slide deck as a pure state machine: which slide is shown, whether the overview grid is
 * open, whether the screen is blanked. No DOM, no React: keys, buttons, swipes and the other
 * window all become actions.
 */
export interface DeckState {
  /** The current slide, 0-based; always within `0 … total - 1` (0 for an empty deck). */
  index: number;
  total: number;
  overview: boolean;
  blank: boolean;
}

export type DeckAction =
  | { type: 'next' }
  | { type: 'prev' }
  | { type: 'first' }
  | { type: 'last' }
  | { type: 'goto'; index: number }
  | { type: 'toggleOverview' }
  | { type: 'closeOverview' }
  | { type: 'toggleBlank' }
  /** What the other window shows: its slide and whether the screen is blank. */
  | { type: 'sync'; index: number; blank: boolean };

const clamp = (index: number, total: number) =>
  Number.isFinite(index) ? Math.min(Math.max(0, Math.trunc(index)), Math.max(0, total - 1)) : 0;

export function initDeck(total: number, index = 0): DeckState {
  return { index: clamp(index, total), total, overview: false, blank: false };
}

/** Returns `state` itself when nothing changes, so callers can tell a no-op from a move. */
function withChanges(state: DeckState, changes: Partial<DeckState>): DeckState {
  const next = { ...state, ...changes };
  const same = next.index === state.index && next.overview === state.overview && next.blank === state.blank;
  return same ? state : next;
}

function move(state: DeckState, index: number): DeckState {
  // Like a projector's black screen: the first key brings the slide back rather than skipping it.
  if (state.blank) return withChanges(state, { blank: false });
  return withChanges(state, { index: clamp(index, state.total) });
}

export function deckReducer(state: DeckState, action: DeckAction): DeckState {
  switch (action.type) {
    case 'next': return move(state, state.index + 1);
    case 'prev': return move(state, state.index - 1);
    case 'first': return move(state, 0);
    case 'last': return move(state, state.total - 1);
    case 'goto': return withChanges(state, { index: clamp(action.index, state.total), overview: false, blank: false });
    case 'toggleOverview': return withChanges(state, { overview: !state.overview, blank: false });
    case 'closeOverview': return withChanges(state, { overview: false });
    case 'toggleBlank': return withChanges(state, { blank: !state.blank, overview: false });
    case 'sync': return withChanges(state, { index: clamp(action.index, state.total), blank: action.blank });
  }
}
