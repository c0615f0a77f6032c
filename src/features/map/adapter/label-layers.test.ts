import { describe, expect, it } from 'vitest';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { PlaceMarkerState } from '../place-states';
import { fitLabelsToView, setNamed, setPlaceFeatures } from './label-layers';
import { STORY_SOURCE } from './story-source';

/** Just what the label layers ask of a map: whether it moves, its layers' filters, the story source. */
function fakeMap() {
  let moving = false;
  const filters: { layer: string; filter: unknown }[] = [];
  const sent: unknown[] = [];
  const source = { setData: (data: unknown) => void sent.push(data), updateData: (diff: unknown) => void sent.push(diff) };
  const map = {
    isMoving: () => moving,
    getLayer: (id: string) => (id === 'label-gazetteer' || id === 'label-city' ? { id } : undefined),
    getSource: (id: string) => (id === STORY_SOURCE ? source : undefined),
    setFilter: (layer: string, filter: unknown) => void filters.push({ layer, filter }),
    setLayoutProperty: () => {},
    unproject: ([x, y]: [number, number]) => ({ lng: x / 100, lat: -y / 100 }),
    project: ([lng, lat]: [number, number]) => ({ x: lng * 100, y: -lat * 100 }),
  };
  return {
    map: map as unknown as MapLibreMap,
    move: (on: boolean) => void (moving = on),
    /** The ids the gazetteer's last filter names (its first `in` list). */
    named: () => JSON.stringify(filters.filter((f) => f.layer === 'label-gazetteer').at(-1)?.filter ?? null).match(/"literal",(\[[^\]]*\])/)?.[1],
    filters,
    sent,
  };
}

const size = { width: 800, height: 600 };
const settle = () => new Promise<void>((resolve) => queueMicrotask(resolve));
const place = (id: string, active: boolean): PlaceMarkerState => ({
  id, label: id, accessibleName: id, coordinates: [1, -1], active, highlighted: false, approximate: false,
} as PlaceMarkerState);

describe('names and places while the camera moves', () => {
  it('sends the names a chapter uses at once when the camera is still', () => {
    const f = fakeMap();
    setNamed(f.map, ['tucson']);
    expect(f.named()).toBe('["tucson"]');
  });

  it('holds them during a flight and sends them with the arrival’s fitted frame, in one filter', () => {
    const f = fakeMap();
    fitLabelsToView(f.map, size);
    const before = f.filters.length;
    f.move(true);
    setNamed(f.map, ['el-paso']);
    expect(f.filters.length).toBe(before);
    f.move(false);
    fitLabelsToView(f.map, size);
    const gazetteer = f.filters.slice(before).filter((x) => x.layer === 'label-gazetteer');
    expect(gazetteer).toHaveLength(1);
    expect(f.named()).toBe('["el-paso"]');
  });

  it('holds the places a chapter lights up during a flight and sends them once it has arrived', async () => {
    const f = fakeMap();
    setPlaceFeatures(f.map, [place('village', true)]);
    await settle();
    expect(f.sent).toHaveLength(1);
    f.move(true);
    setPlaceFeatures(f.map, [place('village', false), place('border', true)]);
    setPlaceFeatures(f.map, [place('village', false), place('el-paso', true)]);
    await settle();
    expect(f.sent).toHaveLength(1);
    f.move(false);
    fitLabelsToView(f.map, size);
    await settle();
    expect(f.sent).toHaveLength(2);
    // The places have ids: what changed goes out as a diff.
    const changed = (f.sent[1] as { add: { properties: { id: string; active: boolean } }[] }).add;
    const active = changed.filter((x) => x.properties.active).map((x) => x.properties.id);
    expect(active).toEqual(['el-paso']);
  });
});
