import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import { BASEMAP_BOUNDS, basemapLabels, basemapPalette } from '@/lib/basemap/basemap';
import { BASEMAP_LABELS_SOURCE_ID, basemapStyle, detailBefore, geographyLayers } from './basemap-style';

const style = basemapStyle('/basemap/basemap.json', '/assets/literata.woff2', 'es');
const basemap = JSON.parse(
  readFileSync(new URL('../../../../public/basemap/basemap.json', import.meta.url), 'utf8'),
) as FeatureCollection;

describe('basemapStyle', () => {
  it('uses one local geojson source and never a network URL', () => {
    expect(Object.keys(style.sources)).toEqual(['basemap']);
    expect(style.sources.basemap).toMatchObject({ type: 'geojson', data: '/basemap/basemap.json' });
    expect(JSON.stringify(style)).not.toMatch(/https?:\/\//);
  });

  it('given loaded data, keeps the named points in a source of their own, so re-filtering names never rebuilds the shapes', () => {
    const loaded = basemapStyle(basemap, undefined, 'en');
    const data = (id: string) => (loaded.sources[id] as { data: FeatureCollection }).data.features;
    expect(data('basemap').some((f) => f.geometry.type === 'Point')).toBe(false);
    expect(data(BASEMAP_LABELS_SOURCE_ID).length).toBe(basemap.features.filter((f) => f.geometry.type === 'Point').length);
    expect(data('basemap').length + data(BASEMAP_LABELS_SOURCE_ID).length).toBe(basemap.features.length);
    const symbols = loaded.layers.filter((l) => l.type === 'symbol');
    expect(symbols.length).toBeGreaterThan(0);
    for (const l of symbols) expect('source' in l && l.source).toBe(BASEMAP_LABELS_SOURCE_ID);
  });

  it('draws its labels with the self-hosted font: no glyph server, no sprite', () => {
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    expect(style['font-faces']).toEqual({ Literata: [{ url: '/assets/literata.woff2' }] });
    const symbols = style.layers.filter((layer) => layer.type === 'symbol');
    expect(symbols.length).toBeGreaterThan(0);
    for (const layer of symbols) expect(layer.layout?.['text-font']).toEqual(['Literata']);
  });

  it('labels in the language asked for', () => {
    const city = style.layers.find((layer) => layer.id === 'label-city');
    expect(JSON.stringify(city?.type === 'symbol' && city.layout?.['text-field'])).toContain('name_es');
  });

  it('draws the sea, countries, state lines, the river where it is the border, then a distinct border', () => {
    const ids = style.layers.map((layer) => layer.id);
    expect(ids[0]).toBe('background');
    expect(ids).toEqual(expect.arrayContaining(['country-fill', 'state-lines', 'border-river', 'border']));
    expect(ids.indexOf('border')).toBeGreaterThan(ids.indexOf('border-river'));
    expect(ids.indexOf('border-river')).toBeGreaterThan(ids.indexOf('state-lines'));
  });

  it('only filters on layers that basemap.json actually contains', () => {
    const present = new Set(basemap.features.map((f) => f.properties?.layer));
    for (const layer of style.layers) {
      const filter = 'filter' in layer ? JSON.stringify(layer.filter) : undefined;
      const wanted = filter?.match(/"layer"\]\s*,\s*"([a-z-]+)"/)?.[1];
      // `sea`, `coast`, `lake` and `rail` are the detail patches' own (the overview's outline is its coast).
      if (wanted && !['sea', 'coast', 'lake', 'rail'].includes(wanted)) expect(present.has(wanted)).toBe(true);
    }
  });

  it('exposes the palette as plain hex colours', () => {
    for (const colour of Object.values(basemapPalette)) expect(colour).toMatch(/^#[0-9a-f]{6}$/);
  });
});

describe('basemapLabels', () => {
  it('extracts bilingual names, kinds and ranks from label points', () => {
    const fc: FeatureCollection = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { layer: 'city', name_en: 'Mexico City', name_es: 'Ciudad de México', rank: 1 },
          geometry: { type: 'Point', coordinates: [-99.13, 19.43] },
        },
        {
          type: 'Feature',
          properties: { layer: 'water-label', name_en: 'Gulf of Mexico', name_es: 'Golfo de México', rank: 1 },
          geometry: { type: 'Point', coordinates: [-93, 24.8] },
        },
        {
          type: 'Feature',
          properties: { layer: 'border', name_en: 'Border', name_es: 'Frontera' },
          geometry: { type: 'LineString', coordinates: [[-117, 32.5], [-106.5, 31.8]] },
        },
      ],
    };
    expect(basemapLabels(fc)).toEqual([
      { kind: 'city', coordinates: [-99.13, 19.43], name: { es: 'Ciudad de México', en: 'Mexico City' }, rank: 1 },
      { kind: 'water', coordinates: [-93, 24.8], name: { es: 'Golfo de México', en: 'Gulf of Mexico' }, rank: 1 },
    ]);
  });

  it('skips points without both names', () => {
    const fc: FeatureCollection = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: { layer: 'city', name_en: 'Nowhere' }, geometry: { type: 'Point', coordinates: [0, 0] } },
      ],
    };
    expect(basemapLabels(fc)).toEqual([]);
  });

  it('finds the context cities, both countries and the border in the generated basemap (story towns are the gazetteer\'s)', () => {
    const labels = basemapLabels(basemap);
    const names = labels.map((l) => l.name.en);
    expect(names).toEqual(expect.arrayContaining(['Mexico City', 'San Diego', 'Tijuana', 'Chihuahua']));
    expect(names).not.toContain('El Paso');
    expect(labels.filter((l) => l.kind === 'country').map((l) => l.name.es)).toEqual(['Estados Unidos', 'México']);
    expect(basemap.features.some((f) => f.properties?.layer === 'border')).toBe(true);
    const [west, south, east, north] = BASEMAP_BOUNDS;
    for (const { coordinates: [lon, lat] } of labels) {
      expect(lon).toBeGreaterThanOrEqual(west);
      expect(lon).toBeLessThanOrEqual(east);
      expect(lat).toBeGreaterThanOrEqual(south);
      expect(lat).toBeLessThanOrEqual(north);
    }
  });
});

describe('geographyLayers', () => {
  it('draws a detail patch\'s land without an edge of its own: its outline is its fill', () => {
    const land = geographyLayers('detail-el-paso', 'detail-el-paso-', 9).find((l) => l.id === 'detail-el-paso-country-fill');
    const paint = (land as { paint: Record<string, unknown> }).paint;
    expect(paint['fill-outline-color']).toEqual(paint['fill-color']);
    // The overview's outline is the coast.
    const overview = geographyLayers('basemap', '').find((l) => l.id === 'country-fill') as { paint: Record<string, unknown> };
    expect(overview.paint['fill-outline-color']).toEqual(['match', ['get', 'iso'], 'MEX', basemapPalette.coast, basemapPalette.coast]);
  });

  it('draws shallow water along the coast under the land: the overview along its countries, a patch along its coast lines, never its cut edges', () => {
    const ids = (layers: ReturnType<typeof geographyLayers>) => layers.map((l) => l.id);
    const overview = geographyLayers('basemap', '');
    const patch = geographyLayers('detail-el-paso', 'detail-el-paso-', 9);
    for (const [layers, prefix] of [[overview, ''], [patch, 'detail-el-paso-']] as const) {
      const at = ids(layers).indexOf(`${prefix}sea-shallow`);
      expect(at).toBeGreaterThan(ids(layers).indexOf(`${prefix}sea`));
      expect(at).toBeLessThan(ids(layers).indexOf(`${prefix}country-fill`));
    }
    const filterOf = (layers: ReturnType<typeof geographyLayers>, id: string) => JSON.stringify((layers.find((l) => l.id === id) as { filter: unknown }).filter);
    expect(filterOf(overview, 'sea-shallow')).toContain('"country"');
    expect(filterOf(patch, 'detail-el-paso-sea-shallow')).toContain('"coast"');
  });
});

describe('detailBefore', () => {
  it("puts a detail patch over the overview's geography and under everything drawn on the land", () => {
    const geography = style.layers.map((l) => l.id).filter((id) => !id.startsWith('label-'));
    // As the adapter builds the map: a drawn plan and the gazetteer's lines go under the journey.
    const onLand = ['plan-fill', 'plan-outline', 'gazetteer-river', 'gazetteer-road', 'route-ahead-line', 'label-places'];
    expect(detailBefore([...geography, 'detail-los-angeles-sea', 'detail-los-angeles-border', ...onLand])).toBe('plan-fill');
    expect(detailBefore([...style.layers.map((l) => l.id), ...onLand])).toBe(style.layers.find((l) => l.id.startsWith('label-'))!.id);
    expect(detailBefore(geography)).toBeUndefined();
  });
});
