/** A fake map for the label layers and walls: whether it moves, its layers' filters, the story source. */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { STORY_SOURCE } from './story-source';

export function fakeLabelMap() {
  let moving = false;
  const filters: { layer: string; filter: unknown }[] = [];
  const sent: unknown[] = [];
  const source = { setData: (data: unknown) => void sent.push(data), updateData: (diff: unknown) => void sent.push(diff) };
  const container = { querySelectorAll: () => [], getBoundingClientRect: () => ({ left: 0, top: 0, right: 800, bottom: 600 }) };
  const map = {
    isMoving: () => moving,
    on: () => {},
    getContainer: () => container,
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

/** Lets the story source's microtask send what was set. */
export const settle = () => new Promise<void>((resolve) => queueMicrotask(resolve));
