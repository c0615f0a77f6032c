import { describe, expect, it } from 'vitest';
import { deckReducer, initDeck, type DeckAction, type DeckState } from './deck-state';

const deck = (over: Partial<DeckState> = {}): DeckState => ({ ...initDeck(5, 2), ...over });
const run = (state: DeckState, ...actions: DeckAction[]) => actions.reduce(deckReducer, state);

describe('initDeck', () => {
  it('clamps a starting slide outside the deck to its ends', () => {
    expect(initDeck(5, 9).index).toBe(4);
    expect(initDeck(5, -1).index).toBe(0);
    expect(initDeck(5, Number.NaN).index).toBe(0);
  });
  it('starts an empty deck at slide 0', () => {
    expect(initDeck(0, 3)).toEqual({ index: 0, total: 0, overview: false, blank: false });
  });
});

describe('deckReducer: moving', () => {
  it('next and prev move one slide', () => {
    expect(run(deck(), { type: 'next' }).index).toBe(3);
    expect(run(deck(), { type: 'prev' }).index).toBe(1);
  });
  it('first and last jump to the ends', () => {
    expect(run(deck(), { type: 'first' }).index).toBe(0);
    expect(run(deck(), { type: 'last' }).index).toBe(4);
  });
  it('stops at the last slide and returns the same state (nothing to broadcast)', () => {
    const end = deck({ index: 4 });
    expect(deckReducer(end, { type: 'next' })).toBe(end);
  });
  it('stops at the first slide', () => {
    const start = deck({ index: 0 });
    expect(deckReducer(start, { type: 'prev' })).toBe(start);
  });
  it('goto clamps, and closes the overview and the blank screen', () => {
    expect(run(deck({ overview: true }), { type: 'goto', index: 1 })).toMatchObject({ index: 1, overview: false });
    expect(run(deck({ blank: true }), { type: 'goto', index: 99 })).toMatchObject({ index: 4, blank: false });
  });
});

describe('deckReducer: overview', () => {
  it('O opens and closes the overview without moving', () => {
    const open = run(deck(), { type: 'toggleOverview' });
    expect(open).toMatchObject({ overview: true, index: 2 });
    expect(run(open, { type: 'toggleOverview' }).overview).toBe(false);
  });
  it('arrows move the highlighted slide while the overview stays open', () => {
    expect(run(deck({ overview: true }), { type: 'next' })).toMatchObject({ index: 3, overview: true });
  });
  it('closeOverview on a closed overview changes nothing', () => {
    const s = deck();
    expect(deckReducer(s, { type: 'closeOverview' })).toBe(s);
  });
});

describe('deckReducer: blank screen', () => {
  it('B blanks and unblanks the screen, and closes the overview', () => {
    const blank = run(deck({ overview: true }), { type: 'toggleBlank' });
    expect(blank).toMatchObject({ blank: true, overview: false });
    expect(run(blank, { type: 'toggleBlank' }).blank).toBe(false);
  });
  it('a navigation key on a blank screen brings the same slide back instead of moving', () => {
    for (const type of ['next', 'prev', 'first', 'last'] as const) {
      expect(run(deck({ blank: true }), { type })).toMatchObject({ blank: false, index: 2 });
    }
  });
});

describe('deckReducer: sync from the other window', () => {
  it('takes the other window slide and blank screen, keeping its own overview', () => {
    expect(run(deck({ overview: true }), { type: 'sync', index: 4, blank: true })).toEqual({ index: 4, total: 5, overview: true, blank: true });
  });
  it('returns the same state for a message that changes nothing (no echo)', () => {
    const s = deck();
    expect(deckReducer(s, { type: 'sync', index: 2, blank: false })).toBe(s);
  });
  it('clamps a slide the deck does not have', () => {
    expect(run(deck(), { type: 'sync', index: 40, blank: false }).index).toBe(4);
  });
});
