/**
 * The story places as buttons a reader can click or tab to, each named by its aria-label, over
 * the dots MapLibre draws (place-dots.ts). Their visible names are a symbol layer
 * (label-layers.ts), which MapLibre keeps clear of every dot and of each other.
 *
 * The buttons are not MapLibre markers: a marker is moved at every frame of a flight (a style
 * recalculation each). These are placed when the camera has arrived (and at a resize), and are
 * not drawn and take no click while it moves; the dots under them move with the map. Updates
 * are diffed per place.
 */
import type { Map as MapLibreMap, Marker } from 'maplibre-gl';
import type { LonLat } from '@/content/schema';
import type { PlaceMarkerState } from '../place-states';
import { RovingFocus } from './marker-keys';

interface Entry {
  el: HTMLButtonElement;
  text: HTMLSpanElement;
  key: string;
  coordinates: LonLat;
  /** The transform last written (a write only when it changes). */
  at: string;
}

export class PlaceMarkers {
  private readonly layer = document.createElement('div');
  private readonly markers = new Map<string, Entry>();
  private readonly keys: RovingFocus;
  constructor(private readonly map: MapLibreMap, private readonly onClick: (id: string) => void) {
    this.layer.className = 'place-buttons';
    map.getCanvasContainer().append(this.layer);
    this.keys = new RovingFocus(map.getCanvasContainer());
    map.on('movestart', () => this.layer.classList.add('is-moving'));
    map.on('moveend', () => {
      for (const entry of this.markers.values()) this.place(entry);
      this.layer.classList.remove('is-moving');
    });
    // A place's button focused off the map's edge: the browser scrolls the map's box to show
    // it (its overflow is hidden, not fixed); the map's box must not move (MapLibre's markers do the same).
    this.layer.addEventListener('focusin', () => {
      const box = map.getContainer();
      box.scrollTop = 0;
      box.scrollLeft = 0;
    });
  }

  private place(entry: Entry): void {
    const p = this.map.project(entry.coordinates);
    const at = `translate(${Math.round(p.x)}px, ${Math.round(p.y)}px) translate(-50%, -50%)`;
    if (at === entry.at) return;
    entry.at = at;
    entry.el.style.transform = at;
  }

  /** Each place's button as a box in px of the map (those in view), for HTML text on the map to keep off. */
  dots(): { left: number; top: number; right: number; bottom: number }[] {
    const { clientWidth: w, clientHeight: h } = this.map.getContainer();
    return [...this.markers.values()].flatMap(({ coordinates, el }) => {
      const p = this.map.project(coordinates);
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
        // The dot's box, for the focus ring and a ringing phone's pulse (map.css); MapLibre draws the dot.
        const dot = document.createElement('span');
        dot.className = 'place-dot';
        // Shown only under keyboard focus (map.css); the label layer names the places otherwise.
        const text = document.createElement('span');
        text.className = 'place-label';
        text.setAttribute('aria-hidden', 'true');
        el.append(dot, text);
        el.addEventListener('click', () => this.onClick(place.id));
        entry = { el, text, key: '', coordinates: place.coordinates, at: '' };
        this.markers.set(place.id, entry);
        this.layer.append(el);
        this.place(entry);
      } else if (entry.coordinates !== place.coordinates) {
        entry.coordinates = place.coordinates;
        this.place(entry);
      }
      const key = `${place.label}|${place.accessibleName}|${place.approximate}|${place.active}|${place.highlighted}|${place.ringing}`;
      if (key === entry.key) continue;
      entry.key = key;
      entry.el.setAttribute('aria-label', place.accessibleName);
      entry.text.textContent = place.label;
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
        entry.el.remove();
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
