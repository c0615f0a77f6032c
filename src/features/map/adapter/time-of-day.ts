/**
 * Night and day on the WebGL map by paint transitions, never a style reload: every colour
 * paint property of every layer (the basemap's, whatever they are, and the story's own) eases
 * between its day value and its moonlit one (see lib/palette/night.ts).
 */
import type { ExpressionSpecification, Map as MapLibreMap } from 'maplibre-gl';
import { CITY_LIGHTS, LIGHTS_FADE, NIGHT_WATER, mapColours, nightPaint } from '@/lib/palette/night';
import { UNCHECKED } from './send-changed';

/** The colour paint properties of each layer type, and whether they paint an area or a line/text. */
const COLOUR_PROPS: Record<string, [string, 'area' | 'line'][]> = {
  background: [['background-color', 'area']],
  fill: [['fill-color', 'area'], ['fill-outline-color', 'line']],
  line: [['line-color', 'line']],
  symbol: [['text-color', 'line'], ['text-halo-color', 'area'], ['icon-color', 'line']],
  circle: [['circle-color', 'line'], ['circle-stroke-color', 'area']],
};

/**
 * A layer's own night colour where moonlight is not the rule: the sea, lakes and the shallow
 * band along the coast go darker than the land; built-up areas light up (the overview's and
 * each detail patch's).
 */
function ownNight(layerId: string, prop: string): ExpressionSpecification | string | undefined {
  if (prop === 'background-color' || (prop === 'fill-color' && /(^|-)(sea|lake)$/.test(layerId))) return NIGHT_WATER.sea;
  if (prop === 'line-color' && /(^|-)sea-shallow$/.test(layerId)) return NIGHT_WATER.shallow;
  if (!/(^|-)urban$/.test(layerId)) return undefined;
  const part = prop === 'fill-color' ? 'fill' : prop === 'fill-outline-color' ? 'edge' : undefined;
  return part && ['interpolate', ['linear'], ['zoom'], LIGHTS_FADE[0], CITY_LIGHTS.far[part], LIGHTS_FADE[1], CITY_LIGHTS.near[part]];
}

export function createTimeOfDay(map: MapLibreMap) {
  /** Day paint values by layer and property, read once per layer (later layers join as they come). */
  const day = new Map<string, Map<string, unknown>>();
  let time: 'day' | 'night' = 'day';

  function dayValues(id: string, type: string): Map<string, unknown> {
    let values = day.get(id);
    if (!values) {
      values = new Map();
      for (const [prop] of COLOUR_PROPS[type] ?? []) {
        const v: unknown = map.getPaintProperty(id, prop as never);
        if (v !== undefined) values.set(prop, v);
      }
      day.set(id, values);
    }
    return values;
  }

  function paint(durationMs: number, only: (id: string) => boolean = () => true): void {
    for (const layer of map.getStyle()?.layers ?? []) {
      if (!only(layer.id)) continue;
      const roles = new Map(COLOUR_PROPS[layer.type] ?? []);
      for (const [prop, value] of dayValues(layer.id, layer.type)) {
        const role = roles.get(prop) ?? 'area';
        const next = time === 'night' ? (ownNight(layer.id, prop) ?? mapColours(value, (c) => nightPaint(c, role))) : value;
        // From the table above; an unknown paint name would make MapLibre throw (unchecked values: send-changed.ts).
        map.setPaintProperty(layer.id, `${prop}-transition` as never, { duration: durationMs, delay: 0 } as never, UNCHECKED);
        map.setPaintProperty(layer.id, prop as never, next as never, UNCHECKED);
      }
    }
  }

  return {
    set(next: 'day' | 'night', durationMs: number): void {
      if (next === time) return;
      time = next;
      paint(durationMs);
    },
    /** Layers added since (a detail patch, loaded near its chapters): drawn at the current time at once. */
    joined(): void {
      if (time === 'night') paint(0, (id) => !day.has(id));
    },
    /** After a style (re)load, its layers are at their day colours: read them again, draw them at the current time at once. */
    restyled(): void {
      day.clear();
      if (time === 'night') paint(0);
    },
  };
}
