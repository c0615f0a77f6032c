/** The projector's larger map: scales the size properties of the style's layers in place. */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { scaleSize } from './scale-size';

/**
 * What a projector draws larger: the journey's and the call's lines (paint `line-width`),
 * every map text (layout `text-size`), the places' dots and the room each keeps (the HTML
 * buttons over them are scaled by --map-scale: the invisible boxes must grow with them, or
 * labels run under them); the basemap's own lines keep their weight. A story place's name,
 * larger, also wraps narrower (its width in ems ÷ √k): long names ("≈ The El Paso bus
 * station") would otherwise reach under the slide card beside the place.
 */
function scaledProps(layer: { id: string; type: string }): { prop: string; kind: 'paint' | 'layout'; unset?: number; power?: number }[] {
  if (layer.type === 'line' && /^(route|call)-/.test(layer.id)) return [{ prop: 'line-width', kind: 'paint' }];
  if (/^place-(boxes|dots)/.test(layer.id)) return [{ prop: 'icon-size', kind: 'layout', unset: 1 }];
  if (layer.id === 'label-places') return [{ prop: 'text-size', kind: 'layout' }, { prop: 'text-max-width', kind: 'layout', unset: 10, power: -0.5 }];
  if (layer.type === 'symbol') return [{ prop: 'text-size', kind: 'layout' }];
  return [];
}

export function createScaler(map: MapLibreMap) {
  const base = new Map<string, unknown>();
  let k = 1;
  return {
    set(next: number) {
      if (next === k) return;
      k = next;
      for (const layer of map.getStyle()?.layers ?? []) {
        for (const { prop, kind, unset, power = 1 } of scaledProps(layer)) {
          const key = `${layer.id} ${prop}`;
          // Property names come from scaledProps, by layer type; MapLibre checks them at run time.
          if (!base.has(key)) base.set(key, (kind === 'paint' ? map.getPaintProperty(layer.id, prop as never) : map.getLayoutProperty(layer.id, prop as never)) ?? unset);
          const value = base.get(key);
          if (value === undefined) continue;
          if (kind === 'paint') map.setPaintProperty(layer.id, prop as never, scaleSize(value, k ** power) as never);
          else map.setLayoutProperty(layer.id, prop as never, scaleSize(value, k ** power) as never);
        }
      }
    },
  };
}
