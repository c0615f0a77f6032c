import { describe, expect, it } from 'vitest';
import type { GeoJSONSourceDiff, Map as MapLibreMap } from 'maplibre-gl';
import type { Feature, FeatureCollection } from 'geojson';
import { addStorySources, featureDiff, LINES_SOURCE, setStoryPart, STORY_SOURCE } from './story-source';

/** A map with sources only: records every setData, and every updateData (in `diffs`). */
function fakeMap() {
  const sent: (FeatureCollection & { to: string })[] = [];
  const diffs: (GeoJSONSourceDiff & { to: string })[] = [];
  const sources = new Map<string, unknown>();
  const map = {
    getSource: (id: string) => sources.get(id),
    addSource: (id: string) => sources.set(id, {
      setData: (d: FeatureCollection) => sent.push({ ...d, to: id }),
      updateData: (d: GeoJSONSourceDiff) => diffs.push({ ...d, to: id }),
    }),
    removeSource: (id: string) => sources.delete(id),
  };
  return { map: map as unknown as MapLibreMap, sent, diffs, sources: () => [...sources.keys()] };
}

const point = (part: string, x: number): Feature => ({ type: 'Feature', properties: { part }, geometry: { type: 'Point', coordinates: [x, 0] } });
const tick = () => new Promise<void>((r) => queueMicrotask(r));

describe('the story sources (the lines; the places and the walls at the edges)', () => {
  it('sends the places and the walls changed in one scene as one setData, with both in it', async () => {
    const { map, sent, sources } = fakeMap();
    addStorySources(map);
    await tick();
    sent.length = 0;
    setStoryPart(map, 'places', [point('place', 2)]);
    setStoryPart(map, 'walls', [point('wall', 3)]);
    await tick();
    expect(sources()).toEqual([LINES_SOURCE, STORY_SOURCE]);
    expect(sent.map((d) => d.to)).toEqual([STORY_SOURCE]);
    expect(sent[0]!.features.map((f) => f.properties?.part)).toEqual(['place', 'wall']);
    // Another change sends the other part again, unchanged.
    setStoryPart(map, 'walls', []);
    await tick();
    expect(sent[1]!.features.map((f) => f.properties?.part)).toEqual(['place']);
  });

  it('re-tiles only the lines for a step of the route, never the places\' names', async () => {
    const { map, sent } = fakeMap();
    addStorySources(map);
    setStoryPart(map, 'places', [point('place', 2)]);
    await tick();
    sent.length = 0;
    setStoryPart(map, 'lines', [point('travelled', 1)]);
    await tick();
    expect(sent.map((d) => [d.to, d.features.length])).toEqual([[LINES_SOURCE, 1]]);
  });

  it('gives a new style\'s empty source what its parts hold', async () => {
    const { map, sent } = fakeMap();
    addStorySources(map);
    setStoryPart(map, 'places', [point('place', 2)]);
    await tick();
    (map as unknown as { removeSource(id: string): void }).removeSource(STORY_SOURCE);
    sent.length = 0;
    addStorySources(map);
    await tick();
    expect(sent.map((d) => [d.to, d.features.length])).toEqual([[STORY_SOURCE, 1]]);
  });

  it('sends a source whose features have ids only what changed, once it has had them whole', async () => {
    const { map, sent, diffs } = fakeMap();
    addStorySources(map);
    const line = (id: string, x: number): Feature => ({ ...point('travelled', x), id });
    setStoryPart(map, 'lines', [line('a', 1), line('b', 2)]);
    await tick();
    expect(sent.filter((d) => d.to === LINES_SOURCE).at(-1)!.features.map((f) => f.id)).toEqual(['a', 'b']);
    sent.length = 0;
    setStoryPart(map, 'lines', [line('a', 1), line('b', 2.5), line('c', 3)]);
    await tick();
    setStoryPart(map, 'lines', [line('a', 1), line('b', 2.5), line('c', 3)]); // the same again: nothing sent
    await tick();
    setStoryPart(map, 'lines', [line('a', 1)]);
    await tick();
    expect(sent).toEqual([]);
    expect(diffs.map(({ to, add, remove }) => ({ to, add: add?.map((f) => f.id), remove }))).toEqual([
      { to: LINES_SOURCE, add: ['b', 'c'], remove: undefined },
      { to: LINES_SOURCE, add: undefined, remove: ['b', 'c'] },
    ]);
  });

  it('sends whole a source whose features lack ids, and a new style\'s source', async () => {
    const { map, sent, diffs } = fakeMap();
    addStorySources(map);
    setStoryPart(map, 'lines', [{ ...point('travelled', 1), id: 'a' }]);
    await tick();
    (map as unknown as { removeSource(id: string): void }).removeSource(LINES_SOURCE);
    addStorySources(map);
    await tick();
    setStoryPart(map, 'places', [point('place', 2)]);
    await tick();
    expect(diffs).toEqual([]);
    expect(sent.filter((d) => d.to === LINES_SOURCE).map((d) => d.features.length)).toEqual([1, 1]);
  });

  it('diffs by id: changed and new features are added, missing ones removed', () => {
    const f = (id: string, x: number): Feature => ({ ...point('travelled', x), id });
    const before = new Map([['a', JSON.stringify(f('a', 1))], ['b', JSON.stringify(f('b', 2))]]);
    expect(featureDiff(before, [f('a', 1), f('b', 2)])).toBeNull();
    expect(featureDiff(before, [f('b', 3)])!.diff).toEqual({ remove: ['a'], add: [f('b', 3)] });
  });
});
