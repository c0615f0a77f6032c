import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { basemapLabels, gazetteerLabels } from '@/lib/basemap/basemap';
import { story } from '@/content/story';
import { gazetteer } from '@/content/story-geo';
import { mapNames, type MapName, type PlaceMarker } from './map-names';
import { overlaps } from './place-labels';
import { projector, type View } from './project';

const view: View = { center: [-110, 32], zoom: 6, width: 800, height: 600 };
const project = projector(view);

function marker(id: string, coordinates: [number, number], more: Partial<PlaceMarker> = {}): PlaceMarker {
  return { id, at: project(coordinates), text: id, active: false, labelled: true, r: 4.5, ring: 0, ...more };
}
function city(en: string, coordinates: [number, number], more: Partial<MapName> = {}): MapName {
  return { kind: 'city', coordinates, name: { es: en, en }, rank: 1, ...more };
}
const names = (input: Parameters<typeof mapNames>[0]) => mapNames(input).texts.map((t) => t.text);

describe('mapNames', () => {
  it("writes the chapter's place before a city on the same spot; the city gives its dot up and is named just clear of the place, as on the live map", () => {
    const out = mapNames({
      places: [marker('The bus station', [-110, 32], { active: true, r: 7 })],
      labels: [city('Tucson', [-110.01, 32.005])], view, lang: 'en', s: 1, t: 1,
    });
    expect(out.texts.map((t) => t.text)).toEqual(['The bus station', 'Tucson']);
    expect(out.cities).toEqual([]);
    const [place, town] = out.texts;
    expect(overlaps(place!.box, town!.box)).toBe(false);
  });

  it('shows minor cities only when zoomed in, and only inside the view', () => {
    const labels = [city('El Paso', [-106.485, 31.76]), city('Tucson', [-110.97, 32.22], { rank: 2 }), city('Denver', [-105, 39.7])];
    const at = (zoom: number) => names({ places: [], labels, view: { ...view, center: [-108, 32], zoom }, lang: 'en', s: 1, t: 1 });
    expect(at(4)).toEqual(['El Paso', 'Denver']);
    expect(at(6)).toEqual(['El Paso', 'Tucson']);
  });

  it("shows a gazetteer name from its own zoom on, or at any zoom when the chapter's text names it", () => {
    const road = (more: Partial<MapName>): MapName => ({ kind: 'state', coordinates: [-111, 32.5], name: { es: 'Interestatal 10', en: 'Interstate 10' }, rank: 2, minZoom: 6.5, ...more });
    expect(names({ places: [], labels: [road({})], view, lang: 'en', s: 1, t: 1 })).toEqual([]);
    expect(names({ places: [], labels: [road({ named: true })], view, lang: 'en', s: 1, t: 1 })).toEqual(['INTERSTATE 10']);
  });

  it('keeps names out of the covered edges of the map', () => {
    const low = city('Nogales', [-111, 31.35]);
    const at = project(low.coordinates);
    const inset = { top: 0, right: 0, bottom: view.height - at[1] + 30, left: 0 };
    expect(names({ places: [], labels: [low], view, lang: 'en', s: 1, t: 1 })).toEqual(['Nogales']);
    expect(names({ places: [], labels: [low], view, lang: 'en', s: 1, t: 1, inset })).toEqual([]);
  });
});

describe('the still map of the real story at its cover (every story place named if it fits)', () => {
  const basemap = JSON.parse(readFileSync(resolve(__dirname, '../../../public/basemap/basemap.json'), 'utf8')) as FeatureCollection;
  const labels = [...basemapLabels(basemap), ...gazetteerLabels(gazetteer).map((l, i) => ({ ...l, minZoom: gazetteer[i]!.minZoom }))];
  const camera = story.chapters[0]!.camera;
  for (const [width, height] of [[1440, 1008], [840, 720], [390, 400], [320, 260]] as const) {
    for (const lang of ['es', 'en'] as const) {
      it(`at ${width}×${height} in ${lang}: no two names overlap, none covers a dot, none leaves the map`, () => {
        const v: View = { center: camera.center, zoom: camera.zoom, width, height };
        const p = projector(v);
        const places = story.places.map((pl): PlaceMarker => ({ id: pl.id, at: p(pl.coordinates), text: pl.name[lang], active: false, labelled: true, r: 4.5, ring: pl.approximate ? 10.8 : 0 }));
        const { texts } = mapNames({ places, labels, view: v, lang, s: 1, t: Math.max(0.75, width / 1100) });
        expect(texts.length).toBeGreaterThan(2);
        for (const [i, a] of texts.entries()) {
          expect(a.box.left >= 0 && a.box.right <= width && a.box.top >= 0 && a.box.bottom <= height, a.text).toBe(true);
          for (const b of texts.slice(i + 1)) expect(overlaps(a.box, b.box), `${a.text} × ${b.text}`).toBe(false);
          for (const d of places) expect(overlaps(a.box, { left: d.at[0] - 4.5, right: d.at[0] + 4.5, top: d.at[1] - 4.5, bottom: d.at[1] + 4.5 }), `${a.text} on ${d.id}`).toBe(false);
        }
      });
    }
  }
});
