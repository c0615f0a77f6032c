/** The cast panel's state: closed, showing everyone, or showing one character's card. */
import { useCallback, useMemo, useState } from 'react';
import { characterById } from '@/content/story';

export interface CastPanel {
  open: boolean;
  /** The character whose card is shown; `null` for the list of everyone. */
  characterId: string | null;
  /** Places to light up on the map: the open card's. */
  highlighted: readonly string[];
  openList: () => void;
  openCard: (characterId: string) => void;
  close: () => void;
}

const NONE: readonly string[] = [];

export function useCastPanel(): CastPanel {
  const [state, setState] = useState<{ open: boolean; characterId: string | null }>({ open: false, characterId: null });
  const openList = useCallback(() => setState({ open: true, characterId: null }), []);
  const openCard = useCallback((characterId: string) => setState({ open: true, characterId }), []);
  const close = useCallback(() => setState((s) => (s.open ? { open: false, characterId: null } : s)), []);
  const highlighted = useMemo(
    () => (state.open && state.characterId ? (characterById(state.characterId)?.places ?? NONE) : NONE),
    [state],
  );
  return { ...state, highlighted, openList, openCard, close };
}
