/** The handout's still maps are the story map, drawn still: one map component for every mode. */
import type { HandoutMapIntent } from '@/features/handout/handout-map';
import { StoryMap } from '@/features/map/StoryMap';

export function renderHandoutMap({ camera, travelledKm, places, time, label, width, height }: HandoutMapIntent) {
  return <StoryMap camera={camera} travelledKm={travelledKm} places={places} time={time} describe={() => label} still={{ width, height }} />;
}
