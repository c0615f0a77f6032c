import { describe, expect, it } from 'vitest';
import type { PlaceMarkerState } from '../place-states';
import { fitLabelsToView, setNamed, setPlaceFeatures } from './label-layers';
import { fakeLabelMap as fakeMap, settle } from './label-map.fixture';

const size = { width: 800, height: 600 };
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
