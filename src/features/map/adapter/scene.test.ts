import { describe, expect, it } from 'vitest';
import type { Camera, LonLat } from '@/content/schema';
import type { RouteSlice } from '@/lib/geo/route-measure';
import { kmPerPixel } from '@/lib/geo/mercator';
import type { Padding } from '@/lib/geo/fit-camera';
import { createScenePainter, LINE_STEP_PX, NO_PADDING, TIME_FADE_MS, type MapPort, type MapScene } from './scene';

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
    setExplore: record('setExplore'),
    setTime: record('setTime'),
    setScale: record('setScale'),
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
  camera: camera(), move: { kind: 'jump' }, travelledKm: 100, places: [], callArc: null, other: null, lang: 'en', explore: false,
  padding: NO_PADDING, time: 'day', instant: false, scale: 1, ...over,
});
const pad = (over: Partial<Padding> = {}): Padding => ({ ...NO_PADDING, ...over });

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

  it('moves the traveller with each pixel, and redraws the lines only a step at a time', () => {
    const map = fakeMap();
    const painter = createScenePainter(map.port, slice);
    const px = kmPerPixel(5, 0);
    const start = Math.round(100 / px) * px;
    painter.paint(scene({ travelledKm: start }));
    map.clear();
    painter.paint(scene({ travelledKm: start + px * 0.3 }));
    expect(map.calls).toEqual([]);
    // A pixel on: the traveller moves, the lines wait for a whole step.
    painter.paint(scene({ travelledKm: start + px * 2 }));
    expect(map.count('setTraveller')).toBe(1);
    expect(map.count('setLine', 'travelled')).toBe(0);
    painter.paint(scene({ travelledKm: start + px * LINE_STEP_PX }));
    expect(map.count('setTraveller')).toBe(2);
    expect(map.count('setLine', 'travelled')).toBe(1);
    expect(map.count('setLine', 'ahead')).toBe(0);
  });

  it('draws the whole journey ahead once, whatever the traveller does', () => {
    const map = fakeMap();
    const painter = createScenePainter(map.port, slice);
    for (let km = 100; km < 400; km += 7) painter.paint(scene({ travelledKm: km }));
    const ahead = map.calls.filter((c) => c.op === 'setLine' && c.args[0] === 'ahead');
    expect(ahead).toHaveLength(1);
    expect(ahead[0]!.args[1]).toEqual(slice(0).ahead);
  });

  it('ends the lines within half a step of the traveller', () => {
    const map = fakeMap();
    const painter = createScenePainter(map.port, slice);
    const px = kmPerPixel(5, 0);
    for (let km = 100; km < 160; km += px * 0.7) {
      painter.paint(scene({ travelledKm: km }));
      const lines = map.calls.filter((c) => c.op === 'setLine' && c.args[0] === 'travelled');
      const lineEnd = (lines.at(-1)!.args[1] as LonLat[]).at(-1)![0];
      const traveller = (map.calls.filter((c) => c.op === 'setTraveller').at(-1)!.args[0] as LonLat)[0];
      expect(Math.abs(lineEnd - traveller) * 111.32).toBeLessThanOrEqual((LINE_STEP_PX / 2 + 1) * px);
    }
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

  it('re-filters the named labels only when the chapter names others', () => {
    const map = fakeMap();
    const painter = createScenePainter(map.port, slice);
    painter.paint(scene({ named: ['el-paso'] }));
    painter.paint(scene({ named: ['el-paso'] }));
    expect(map.count('setNamed')).toBe(1);
    painter.paint(scene({ named: ['tucson'] }));
    expect(map.calls.filter((c) => c.op === 'setNamed').map((c) => c.args[0])).toEqual([['el-paso'], ['tucson']]);
  });

  it('compares call arcs by their points, not by array identity', () => {
    const map = fakeMap();
    const painter = createScenePainter(map.port, slice);
    painter.paint(scene({ callArc: [[0, 0], [1, 1]] }));
    painter.paint(scene({ callArc: [[0, 0], [1, 1]] }));
    painter.paint(scene({ callArc: null }));
    expect(map.count('setLine', 'call')).toBe(2);
  });

  it('moves the camera with the padding, and eases into the open part when only the padding changes', () => {
    const map = fakeMap();
    const painter = createScenePainter(map.port, slice);
    painter.paint(scene({ padding: pad({ left: 500 }) }));
    expect(map.calls.find((c) => c.op === 'moveCamera')?.args[2]).toEqual(pad({ left: 500 }));
    map.clear();
    painter.paint(scene({ padding: pad({ left: 500 }) }));
    expect(map.count('moveCamera')).toBe(0);
    painter.paint(scene({ padding: pad({ left: 500, bottom: 80 }) }));
    const move = map.calls.find((c) => c.op === 'moveCamera');
    expect(move?.args[1]).toEqual({ kind: 'ease', durationMs: 300 });
    expect(move?.args[2]).toEqual(pad({ left: 500, bottom: 80 }));
  });

  it('jumps when the padding changes under reduced motion, and leaves an exploring reader alone', () => {
    const map = fakeMap();
    const painter = createScenePainter(map.port, slice);
    painter.paint(scene({ instant: true }));
    map.clear();
    painter.paint(scene({ instant: true, padding: pad({ top: 60 }) }));
    expect(map.calls.find((c) => c.op === 'moveCamera')?.args[1]).toEqual({ kind: 'jump' });
    painter.paint(scene({ instant: true, padding: pad({ top: 60 }), explore: true }));
    map.clear();
    painter.paint(scene({ instant: true, padding: pad({ top: 90 }), explore: true }));
    expect(map.count('moveCamera')).toBe(0);
  });

  it('draws the first time of day at once, fades later changes, and is instant under reduced motion', () => {
    const map = fakeMap();
    const painter = createScenePainter(map.port, slice);
    painter.paint(scene({ time: 'night' }));
    painter.paint(scene({ time: 'night' }));
    painter.paint(scene({ time: 'day' }));
    painter.paint(scene({ time: 'night', instant: true }));
    expect(map.calls.filter((c) => c.op === 'setTime').map((c) => c.args)).toEqual([['night', 0], ['day', TIME_FADE_MS], ['night', 0]]);
  });

  it('measures the drawn route at the zoom of the open part of the map', () => {
    const map = fakeMap();
    const zooms: Padding[] = [];
    map.port.sizedZoom = (z, padding) => {
      zooms.push(padding);
      return z;
    };
    createScenePainter(map.port, slice).paint(scene({ padding: pad({ right: 300 }) }));
    expect(zooms).toEqual([pad({ right: 300 })]);
  });

  it('scales markers and text only when the scale changes', () => {
    const map = fakeMap();
    const painter = createScenePainter(map.port, slice);
    painter.paint(scene());
    painter.paint(scene());
    painter.paint(scene({ scale: 1.8 }));
    expect(map.calls.filter((c) => c.op === 'setScale').map((c) => c.args[0])).toEqual([1, 1.8]);
  });
});
