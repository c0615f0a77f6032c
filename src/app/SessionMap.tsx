/**
 * The story map for the session's chapter: what every mode shows beside (or behind) its text.
 * A click on a place asks the session to go to the first chapter there; the mode's driver
 * decides how (scroll, step, slide).
 */
import { firstChapterAt } from '@/lib/journey';
import { LazyMapView as MapView } from '@/features/map/LazyMapView';
import { useChapterIndex, useLang, useSessionStore } from '@/lib/session/use-session';
import { useMapOverlays } from './use-map-overlays';

interface Props {
  /** Places another feature lights up (an open character card). */
  focus?: readonly string[];
  /** Whether the reader may leave the story's camera and explore (an embed may forbid it). */
  explorable?: boolean;
}

export function SessionMap({ focus, explorable = true }: Props) {
  const store = useSessionStore();
  const index = useChapterIndex();
  const lang = useLang();
  const overlays = useMapOverlays(index, lang, focus);
  const select = (placeId: string) => {
    const chapter = firstChapterAt(placeId);
    if (chapter >= 0) store.move({ type: 'goTo', chapter });
  };
  return <MapView index={index} progress={store.progress} {...overlays} explorable={explorable} onSelectPlace={select} />;
}
