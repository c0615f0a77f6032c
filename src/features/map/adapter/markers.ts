/**
 * HTML markers: story places as buttons a reader can click or tab to, each named by its
 * aria-label. Their visible names are a symbol layer (label-layers.ts), which MapLibre keeps
 * clear of every dot and of each other. Updates are diffed per marker.
 */
import { Marker, type Map as MapLibreMap } from 'maplibre-gl';
import type { PlaceMarkerState } from '../place-states';
import { RovingFocus } from './marker-keys';


export class PlaceMarkers {
  private readonly markers = new Map<string, { marker: Marker; el: HTMLButtonElement; text: HTMLSpanElement; key: string }>();
  private readonly keys: RovingFocus;
  constructor(private readonly map: MapLibreMap, private readonly onClick: (id: string) => void) {
    this.keys = new RovingFocus(map.getCanvasContainer());
  }

  /** Each place's button as a box in px of the map (those in view), for HTML text on the map to keep off. */
  dots(): { left: number; top: number; right: number; bottom: number }[] {
    const { clientWidth: w, clientHeight: h } = this.map.getContainer();
    return [...this.markers.values()].flatMap(({ marker, el }) => {
      const p = this.map.project(marker.getLngLat());
      if (p.x < 0 || p.y < 0 || p.x > w || p.y > h) return [];
      const [rw, rh] = [el.offsetWidth / 2, el.offsetHeight / 2];
      return [{ left: p.x - rw, top: p.y - rh, right: p.x + rw, bottom: p.y + rh }];
    });
  }

  update(places: readonly PlaceMarkerState[]): void {
    const seen = new Set<string>();
    for (const place of places) {
      seen.add(place.id);
      let entry = this.markers.get(place.id);
      if (!entry) {
        const el = document.createElement('button');
        el.type = 'button';
        el.dataset.place = place.id;
        const dot = document.createElement('span');
        dot.className = 'place-dot';
        // Shown only under keyboard focus (map.css); the label layer names the places otherwise.
        const text = document.createElement('span');
        text.className = 'place-label';
        text.setAttribute('aria-hidden', 'true');
        el.append(dot, text);
        el.addEventListener('click', () => this.onClick(place.id));
        const marker = new Marker({ element: el, anchor: 'center' }).setLngLat(place.coordinates).addTo(this.map);
        entry = { marker, el, text, key: '' };
        this.markers.set(place.id, entry);
      }
      const key = `${place.label}|${place.accessibleName}|${place.approximate}|${place.active}|${place.highlighted}|${place.ringing}`;
      if (key === entry.key) continue;
      entry.key = key;
      entry.el.setAttribute('aria-label', place.accessibleName);
      entry.text.textContent = place.label;
      // Toggle, never assign className: maplibre's own marker classes position the element.
      const cls = entry.el.classList;
      cls.add('place-marker');
      cls.toggle('is-active', place.active);
      cls.toggle('is-approximate', place.approximate);
      cls.toggle('is-highlighted', place.highlighted);
      cls.toggle('is-ringing', place.ringing ?? false);
      entry.el.style.zIndex = place.active || place.highlighted ? '3' : '1';
    }
    for (const [id, entry] of this.markers) {
      if (!seen.has(id)) {
        entry.marker.remove();
        this.markers.delete(id);
      }
    }
    // One Tab stop for all places, arrows in the order given (journey order); the chapter's place holds it.
    const active = places.find((p) => p.active)?.id;
    this.keys.set(places.flatMap((p) => this.markers.get(p.id)?.el ?? []), active ? this.markers.get(active)?.el : undefined);
  }
}

/**
 * Shows a marker at `at`, or takes it off the map (null). It is added only when it is not on
 * the map: MapLibre's addTo takes the element out and puts it back, a restyle and layout for
 * every pixel the traveller moved.
 */
export function showMarker(marker: Marker, map: MapLibreMap, at: readonly [number, number] | null): void {
  if (!at) {
    marker.remove();
    return;
  }
  marker.setLngLat([at[0], at[1]]);
  if (!marker.getElement().isConnected) marker.addTo(map);
}
