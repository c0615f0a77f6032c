import { describe, expect, it } from 'vitest';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Feature, FeatureCollection } from 'geojson';
import { addStorySource, setStoryPart, STORY_SOURCE } from './story-source';

/** A map with sources only: records every setData. */
function fakeMap() {
  const sent: FeatureCollection[] = [];
  const sources = new Map<string, unknown>();
  const map = {
    getSource: (id: string) => sources.get(id),
    addSource: (id: string) => sources.set(id, { setData: (d: FeatureCollection) => sent.push(d) }),
    removeSource: (id: string) => sources.delete(id),
  };
  return { map: map as unknown as MapLibreMap, sent, sources: () => [...sources.keys()] };
}

const point = (part: string, x: number): Feature => ({ type: 'Feature', properties: { part }, geometry: { type: 'Point', coordinates: [x, 0] } });
const tick = () => new Promise<void>((r) => queueMicrotask(r));

describe('the story source (the lines, places and walls in one source)', () => {
  it('sends the parts changed in one scene as one setData, with every part in it', async () => {
    const { map, sent, sources } = fakeMap();
    addStorySource(map);
    await tick();
    sent.length = 0;
    setStoryPart(map, 'lines', [point('travelled', 1)]);
    setStoryPart(map, 'places', [point('place', 2)]);
    setStoryPart(map, 'walls', [point('wall', 3)]);
    await tick();
    expect(sources()).toEqual([STORY_SOURCE]);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.features.map((f) => f.properties?.part)).toEqual(['travelled', 'place', 'wall']);
    // Another change sends the others again, unchanged.
    setStoryPart(map, 'walls', []);
    await tick();
    expect(sent[1]!.features.map((f) => f.properties?.part)).toEqual(['travelled', 'place']);
  });

  it('gives a new style\'s empty source what the parts hold', async () => {
    const { map, sent } = fakeMap();
    addStorySource(map);
    setStoryPart(map, 'places', [point('place', 2)]);
    await tick();
    (map as unknown as { removeSource(id: string): void }).removeSource(STORY_SOURCE);
    sent.length = 0;
    addStorySource(map);
    await tick();
    expect(sent.map((d) => d.features.length)).toEqual([1]);
  });
});
