/** The still map's names on a wide screen: readable, and whole inside the map. */
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import { StaticMap } from './StaticMap';

// One city just inside the map's right edge (the view is centred 0.5° west of it).
const basemap: FeatureCollection = {
  type: 'FeatureCollection',
  features: [{ type: 'Feature', properties: { layer: 'city', name_es: 'Los Ángeles', name_en: 'Los Angeles', rank: 1 }, geometry: { type: 'Point', coordinates: [-118.0, 34.0] } }],
};

function cityText(width: number) {
  // Centred so that the city sits 12 px inside the right edge at zoom 8.
  const degPerPx = 360 / (512 * 2 ** 8);
  const center: [number, number] = [-118.0 - (width / 2 - 12) * degPerPx, 34.0];
  const html = renderToStaticMarkup(<StaticMap basemap={basemap} center={center} zoom={8} width={width} height={800} label="Map" lang="en" />);
  const m = /<text x="([\d.]+)"[^>]*font-size="([\d.]+)"[^>]*text-anchor="(\w+)"[^>]*>Los Angeles<\/text>/.exec(html);
  expect(m, 'the city is named').not.toBeNull();
  return { x: Number(m![1]), size: Number(m![2]), anchor: m![3] };
}

describe('the still map on a wide screen', () => {
  it('draws city names at a size that reads at 1440 px wide (the reading map at 1920)', () => {
    expect(cityText(1440).size).toBeGreaterThanOrEqual(14);
  });

  it('writes a name near the right edge to the left of its dot, whole inside the map', () => {
    const { x, anchor } = cityText(1440);
    expect(anchor).toBe('end');
    expect(x).toBeLessThan(1440 - 12);
  });
});

describe('the still map names only the land in its view', () => {
  it('does not move a state name from far outside the view into it (New Mexico beside Los Angeles)', () => {
    const states: FeatureCollection = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: { layer: 'state-label', name_es: 'California', name_en: 'California', rank: 1 }, geometry: { type: 'Point', coordinates: [-118.5, 34.5] } },
        { type: 'Feature', properties: { layer: 'state-label', name_es: 'Nuevo México', name_en: 'New Mexico', rank: 1 }, geometry: { type: 'Point', coordinates: [-106.1, 34.4] } },
      ],
    };
    const html = renderToStaticMarkup(<StaticMap basemap={states} center={[-118, 34]} zoom={6} width={320} height={204} label="Map" lang="en" />);
    expect(html).toContain('CALIFORNIA');
    expect(html).not.toContain('NEW MEXICO');
  });
});

describe('the still map drops names, never places', () => {
  it('draws the dot of every place in view, even those whose names find no room', () => {
    const places = Array.from({ length: 12 }, (_, i) => ({
      id: `p${i}`, coordinates: [-106.4 + i * 0.01, 31.8] as [number, number], label: `Place ${i + 10}`, approximate: false, active: false,
    }));
    const html = renderToStaticMarkup(<StaticMap basemap={null} center={[-106.4, 31.8]} zoom={6} width={400} height={300} places={places} label="Map" lang="en" />);
    const names = html.match(/>Place \d\d</g) ?? [];
    expect(names.length).toBeGreaterThan(0);
    expect(names.length).toBeLessThan(12);
    // Each place's dot: a circle stroked in the places' colour.
    expect(html.match(/<circle[^>]*stroke="#b2462b"/g)).toHaveLength(12);
  });
});
