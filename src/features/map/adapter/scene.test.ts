import { describe, expect, it } from 'vitest';
import type { Camera, LonLat } from '@/content/schema';
import type { RouteSlice } from '@/lib/geo/route-measure';
import { kmPerPixel } from '@/lib/geo/mercator';
import { createScenePainter, type MapPort, type MapScene } from './scene';

/** A fake map that records every call the painter makes, by operation name. */
function fakeMap() {
  const calls: { op: keyof MapPort; args: unknown[] }[] = [];
  const record = (op: keyof MapPort) => (...args: unknown[]) => {
    calls.push({ op, args });
  };
  const port: MapPort = {
    moveCamera: record('moveCamera'),
    sizedZoom: (z) => z,
    setLine: record('setLine'),
    setTraveller: record('setTraveller'),
    setOther: record('setOther'),
    setPlaces: record('setPlaces'),
    setLanguage: record('setLanguage'),
    setNamed: record('setNamed'),
    setLabelScale: record('setLabelScale'),
    setExplore: record('setExplore'),
  };
  const count = (op: keyof MapPort, first?: unknown) => calls.filter((c) => c.op === op && (first === undefined || c.args[0] === first)).length;
  return { port, calls, count, clear: () => (calls.length = 0) };
}

/** A straight journey east along the equator, 1000 km long; cuts are fresh arrays every time (like turf's). */
const slice = (km: number): RouteSlice => {
  const lon = (km / 111.32) as number;
  const position: LonLat = [lon, 0];
  return { travelled: [[0, 0], position], ahead: [position, [9, 0]], position } as unknown as RouteSlice;
};

const camera = (over: Partial<Camera> = {}): Camera => ({ center: [4, 0], zoom: 5, bearing: 0, pitch: 0, transition: 'fly', ...over });
const scene = (over: Partial<MapScene> = {}): MapScene => ({
  camera: camera(), move: { kind: 'jump' }, travelledKm: 100, places: [], callArc: null, other: null, lang: 'en', explore: false, ...over,
});

describe('createScenePainter', () => {
  it('draws everything for the first scene', () => {
    const map = fakeMap();
    createScenePainter(map.port, slice).paint(scene());
    expect(map.count('moveCamera')).toBe(1);
    expect(map.count('setLine', 'travelled')).toBe(1);
    expect(map.count('setLanguage')).toBe(1);
  });

  it('touches nothing when the same scene comes again', () => {
    const map = fakeMap();
    const painter = createScenePainter(map.port, slice);
    painter.paint(scene());
    map.clear();
    painter.paint(scene({ camera: camera(), places: [] }));
    expect(map.calls).toEqual([]);
  });

  it('redraws the route only when its drawn length changes by a pixel', () => {
    const map = fakeMap();
    const painter = createScenePainter(map.port, slice);
    const px = kmPerPixel(5, 0);
    painter.paint(scene({ travelledKm: 100 }));
    map.clear();
    painter.paint(scene({ travelledKm: 100 + px * 0.3 }));
    expect(map.count('setLine', 'travelled')).toBe(0);
    painter.paint(scene({ travelledKm: 100 + px * 2 }));
    expect(map.count('setLine', 'travelled')).toBe(1);
    expect(map.count('setLine', 'ahead')).toBe(1);
  });

  it('moves the camera for a new view, and back to the story view when exploring ends', () => {
    const map = fakeMap();
    const painter = createScenePainter(map.port, slice);
    painter.paint(scene());
    painter.paint(scene({ camera: camera({ zoom: 6 }) }));
    painter.paint(scene({ camera: camera({ zoom: 6 }), explore: true }));
    painter.paint(scene({ camera: camera({ zoom: 6 }), explore: false }));
    expect(map.count('moveCamera')).toBe(3);
    expect(map.count('setExplore')).toBe(3);
  });

  it('updates places only when what a reader sees of them changes', () => {
    const map = fakeMap();
    const painter = createScenePainter(map.port, slice);
    const place = { id: 'a', coordinates: [1, 1] as LonLat, label: 'A', accessibleName: 'A', approximate: false, active: false, highlighted: false };
    painter.paint(scene({ places: [place] }));
    painter.paint(scene({ places: [{ ...place }] }));
    painter.paint(scene({ places: [{ ...place, active: true }] }));
    expect(map.count('setPlaces')).toBe(2);
  });

  it('re-filters the named labels only when the chapter names others, and scales labels only when asked', () => {
    const map = fakeMap();
    const painter = createScenePainter(map.port, slice);
    painter.paint(scene({ named: ['el-paso'] }));
    painter.paint(scene({ named: ['el-paso'] }));
    expect(map.count('setNamed')).toBe(1);
    expect(map.count('setLabelScale')).toBe(0);
    painter.paint(scene({ named: ['tucson'], labelScale: 1.6 }));
    expect(map.calls.filter((c) => c.op === 'setNamed').map((c) => c.args[0])).toEqual([['el-paso'], ['tucson']]);
    expect(map.calls.find((c) => c.op === 'setLabelScale')?.args[0]).toBe(1.6);
  });

  it('compares call arcs by their points, not by array identity', () => {
    const map = fakeMap();
    const painter = createScenePainter(map.port, slice);
    painter.paint(scene({ callArc: [[0, 0], [1, 1]] }));
    painter.paint(scene({ callArc: [[0, 0], [1, 1]] }));
    painter.paint(scene({ callArc: null }));
    expect(map.count('setLine', 'call')).toBe(2);
  });
});
