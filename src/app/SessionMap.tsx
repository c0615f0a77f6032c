/**
 * The story map for the session's chapter: what every live mode shows beside (or behind) its
 * text, as intent for StoryMap (the chapter's camera, the distance travelled as the reader
 * scrolls, its places, its time of day, the overlays features add). A click on a place asks
 * the session to go to the first chapter there; the mode's driver decides how.
 */
import { useMotionValue, useMotionValueEvent } from 'framer-motion';
import { useCallback, useEffect } from 'react';
import { story } from '@/content/story';
import { describeMap } from '@/features/map/describe-map';
import { StoryMap } from '@/features/map/StoryMap';
import { firstChapterAt, journey, kmAt } from '@/lib/journey';
import type { Cover } from '@/lib/layout/use-covered-padding';
import { useChapterIndex, useLang, useSessionStore } from '@/lib/session/use-session';
import { useMapOverlays } from './use-map-overlays';

interface Props {
  /** Places another feature lights up (an open character card). */
  focus?: readonly string[];
  /** Whether the reader may leave the story's camera and explore (an embed may forbid it). */
  explorable?: boolean;
  /** What the mode lays over the map (a slide card): the camera frames the chapter beside it. */
  covers?: readonly Cover[];
  /** A projector: larger markers and map text. */
  projector?: boolean;
}

const NO_PLACES: readonly string[] = [];

export function SessionMap({ focus, explorable = true, covers, projector }: Props) {
  const store = useSessionStore();
  const index = useChapterIndex();
  const lang = useLang();
  const overlays = useMapOverlays(index, lang, focus);
  const chapter = index >= 0 ? story.chapters[index] : undefined;
  // The distance travelled follows the scroll (or the step) within the chapter, km.
  const km = useMotionValue(kmAt(index, store.progress.get()));
  useMotionValueEvent(store.progress, 'change', (p) => km.set(kmAt(index, p)));
  useEffect(() => km.set(kmAt(index, store.progress.get())), [km, index, store]);
  const { extraDescription } = overlays;
  const describe = useCallback(
    (travelledKm: number) => describeMap({ chapter, places: story.places, travelledKm, totalKm: journey?.totalKm ?? 0, lang, extra: extraDescription }),
    [chapter, lang, extraDescription],
  );
  const select = (placeId: string) => {
    const at = firstChapterAt(placeId);
    if (at >= 0) store.move({ type: 'goTo', chapter: at });
  };
  return (
    <StoryMap
      camera={(chapter ?? story.chapters[0])!.camera}
      travelledKm={journey ? km : null}
      places={chapter?.places ?? NO_PLACES}
      highlighted={overlays.highlighted}
      ringing={overlays.ringing}
      callArc={overlays.callArc}
      other={overlays.other}
      time={chapter?.time ?? 'day'}
      nameSource={chapter}
      covers={covers}
      projector={projector}
      describe={describe}
      // Announced once per chapter (where its stretch of the journey ends), not at every step of scroll.
      announcement={describe(kmAt(index, 1))}
      chapterKey={index}
      onSelectPlace={select}
      explorable={explorable}
    />
  );
}
