/**
 * The slides driver: keys, clicker, buttons, swipes and the other window move the deck, and
 * the deck's slide moves the session (each slide shows its chapter whole). Requests from
 * elsewhere (a click on a map place) come back as deck moves.
 */
import { useEffect } from 'react';
import { story } from '@/content/story';
import { useDeck } from '@/features/present/use-deck';
import { useLang, useSessionStore } from '@/lib/session/use-session';

const ids = story.chapters.map((c) => c.id);

export function useDeckDriver(role: 'projector' | 'presenter') {
  const store = useSessionStore();
  const lang = useLang();
  const [initialIndex] = [store.get().chapter];
  const deck = useDeck({ ids, initialIndex, role, lang, onRemoteLang: (next) => store.move({ type: 'setLanguage', lang: next }) });
  const { index } = deck.state;
  const { act } = deck;
  useEffect(() => store.move({ type: 'goTo', chapter: index, progress: 1 }), [store, index]);
  useEffect(() => store.onGoTo((chapter) => act({ type: 'goto', index: chapter })), [store, act]);
  return deck;
}
