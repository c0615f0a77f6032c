/**
 * The slides driver: keys, clicker, buttons, swipes and the other window move the deck, and
 * the deck's slide moves the session (each slide shows its chapter whole). Requests from
 * elsewhere (a click on a map place) come back as deck moves.
 */
import { useEffect, useRef } from 'react';
import { story } from '@/content/story';
import { useDeck } from '@/features/present/use-deck';
import { useLang, useSessionStore } from '@/lib/session/use-session';

const ids = story.chapters.map((c) => c.id);

export function useDeckDriver(role: 'projector' | 'presenter') {
  const store = useSessionStore();
  const lang = useLang();
  const deck = useDeck({ ids, initialIndex: store.get().chapter, role, lang, onRemoteLang: (next) => store.move({ type: 'setLanguage', lang: next }) });
  const { index } = deck.state;
  const { act } = deck;
  const shown = useRef(index);
  useEffect(() => {
    shown.current = index;
    store.move({ type: 'goTo', chapter: index, progress: 1 });
  }, [store, index]);
  // Only a request for another slide becomes a deck move: the deck's own moves come back
  // here too, and a `goto` would close the overview the arrows are moving through.
  useEffect(() => store.onGoTo((chapter) => {
    if (chapter !== shown.current) act({ type: 'goto', index: chapter });
  }), [store, act]);
  return deck;
}
