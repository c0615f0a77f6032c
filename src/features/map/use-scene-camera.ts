/**
 * Which camera the map shows and how it gets there: the chapter's own view, or one framing
 * the places another feature lights up; back to the story when exploring ends. Every
 * chapter's view is absolute, so scrolling back restores exactly what that chapter showed.
 */
import { useState } from 'react';
import type { Camera } from '@/content/schema';
import { isFarMove, planMove, type MapMove } from '@/lib/geo/camera-move';

interface Shown {
  camera: Camera;
  move: MapMove;
  focused: boolean;
  explore: boolean;
}

export function useSceneCamera(chapterCamera: Camera, focus: Camera | null, explore: boolean, reduced: boolean): Shown {
  const camera = focus ?? chapterCamera;
  const [shown, setShown] = useState<Shown>(() => ({ camera, move: { kind: 'jump' }, focused: focus !== null, explore }));
  if (shown.camera === camera && shown.explore === explore) return shown;
  let move: MapMove;
  if (shown.explore && !explore) move = { kind: 'ease', durationMs: reduced ? 0 : 600 };
  else if (focus) move = planMove('ease', reduced, isFarMove(shown.camera, focus));
  else if (shown.focused) move = planMove('ease', reduced, false);
  else move = planMove(camera.transition, reduced, isFarMove(shown.camera, camera));
  const next = { camera, move, focused: focus !== null, explore };
  setShown(next);
  return next;
}
