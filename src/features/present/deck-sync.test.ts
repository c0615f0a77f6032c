import { describe, expect, it } from 'vitest';
import { deckChannelName, openDeckChannel, parseDeckMessage, type DeckMessage } from './deck-sync';

describe('deckChannelName', () => {
  it('differs between two stories, and between two folders of one site', () => {
    expect(deckChannelName('moon', '/a/')).not.toBe(deckChannelName('lighthouse', '/a/'));
    expect(deckChannelName('moon', '/a/')).not.toBe(deckChannelName('moon', '/b/'));
  });
  it('is the same for the projector and the presenter window of one page', () => {
    expect(deckChannelName('moon', '/a/index.html')).toBe(deckChannelName('moon', '/a/'));
  });
});

describe('parseDeckMessage', () => {
  it('accepts a state message and a hello', () => {
    expect(parseDeckMessage({ type: 'state', index: 3, blank: false, lang: 'es' })).toEqual({ type: 'state', index: 3, blank: false, lang: 'es' });
    expect(parseDeckMessage({ type: 'hello' })).toEqual({ type: 'hello' });
  });
  it('rejects messages that are not ours or are malformed', () => {
    for (const data of [null, 'next', 42, { type: 'go' }, { type: 'state', index: 1.5, blank: false, lang: 'en' },
      { type: 'state', index: 1, blank: 'no', lang: 'en' }, { type: 'state', index: 1, blank: false, lang: 'fr' }]) {
      expect(parseDeckMessage(data)).toBeNull();
    }
  });
});

describe('openDeckChannel', () => {
  it('delivers what one window posts to another window on the same channel, not back to itself', async () => {
    const name = `test-${Math.random()}`;
    const heardByA: DeckMessage[] = [];
    const a = openDeckChannel((m) => heardByA.push(m), name);
    const received = new Promise<DeckMessage>((resolve) => {
      const b = openDeckChannel((m) => {
        b.close();
        resolve(m);
      }, name);
    });
    a.post({ type: 'state', index: 2, blank: true, lang: 'en' });
    expect(await received).toEqual({ type: 'state', index: 2, blank: true, lang: 'en' });
    expect(heardByA).toEqual([]);
    a.close();
  });
});
