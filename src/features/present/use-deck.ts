/**
 * One window's slide deck: the reducer's state, kept in step with the other window over the
 * deck channel. (The app's session puts the current slide in the URL.)
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { Lang } from '@/content/constants';
import { deckReducer, initDeck, type DeckAction, type DeckState } from './deck-state';
import { story } from '@/content/story';
import { storyKey } from '@/content/story-key';
import { deckChannelName, openDeckChannel, type DeckChannel, type DeckMessage } from './deck-sync';

interface Options {
  /** Slide ids in order. */
  ids: readonly string[];
  initialIndex: number;
  /** The projector answers a presenter window's `hello`; a presenter asks. */
  role: 'projector' | 'presenter';
  lang: Lang;
  /** The other window switched language: follow it. */
  onRemoteLang: (lang: Lang) => void;
}

export function useDeck({ ids, initialIndex, role, lang, onRemoteLang }: Options) {
  const [state, setState] = useState(() => initDeck(ids.length, initialIndex));
  const current = useRef(state);
  const channel = useRef<DeckChannel | null>(null);
  const langs = useRef({ lang, remote: null as Lang | null, onRemoteLang });
  useEffect(() => {
    langs.current.onRemoteLang = onRemoteLang;
  });

  const snapshot = (s: DeckState): DeckMessage => ({ type: 'state', index: s.index, blank: s.blank, lang: langs.current.lang });
  const apply = useCallback((next: DeckState, broadcast: boolean) => {
    if (next === current.current) return;
    current.current = next;
    setState(next);
    if (broadcast) channel.current?.post(snapshot(next));
  }, []);

  /** A move made in this window: shown here and sent to the other. */
  const act = useCallback((action: DeckAction) => apply(deckReducer(current.current, action), true), [apply]);

  // Open before the first paint, like the deck's keys: a key pressed as soon as a presenter
  // window shows its slide is sent, not lost to a channel that opens a frame later.
  useLayoutEffect(() => {
    const onMessage = (m: DeckMessage) => {
      if (m.type === 'hello') {
        if (role === 'projector') channel.current?.post(snapshot(current.current));
        return;
      }
      if (m.lang !== langs.current.lang) {
        langs.current.remote = m.lang;
        langs.current.onRemoteLang(m.lang);
      }
      apply(deckReducer(current.current, { type: 'sync', index: m.index, blank: m.blank }), false);
    };
    const ch = openDeckChannel(onMessage, deckChannelName(storyKey(story.settings), location.pathname));
    channel.current = ch;
    ch.post(role === 'presenter' ? { type: 'hello' } : snapshot(current.current));
    return () => {
      ch.close();
      channel.current = null;
    };
  }, [role, apply]);

  // A language chosen here is sent to the other window; one that came from there is not sent back.
  useEffect(() => {
    const l = langs.current;
    if (l.lang === lang) return;
    l.lang = lang;
    if (l.remote === lang) l.remote = null;
    else channel.current?.post(snapshot(current.current));
  }, [lang]);

  return { state, act };
}
