// @vitest-environment jsdom
/** The still map's detail patches: fetched for the areas asked, drawn over the overview. */
import { renderHook, waitFor } from '@testing-library/react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { FeatureCollection } from 'geojson';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { StaticMap } from '@/lib/static-map/StaticMap';
import { useDetailPatches } from './use-basemap';

const patch: FeatureCollection = {
  type: 'FeatureCollection',
  features: [
    { type: 'Feature', properties: { layer: 'sea' }, geometry: { type: 'Polygon', coordinates: [[[-118.6, 33.6], [-118.3, 33.6], [-118.3, 34], [-118.6, 34], [-118.6, 33.6]]] } },
    { type: 'Feature', properties: { layer: 'country', iso: 'USA' }, geometry: { type: 'Polygon', coordinates: [[[-118.3, 33.6], [-117.6, 33.6], [-117.6, 34.3], [-118.3, 34.3], [-118.3, 33.6]]] } },
  ],
};

afterEach(() => vi.unstubAllGlobals());

describe('useDetailPatches', () => {
  it('fetches the patch of each area asked for, and none when there is none', async () => {
    const fetch = vi.fn(async () => new Response(JSON.stringify(patch)));
    vi.stubGlobal('fetch', fetch);
    const { result, rerender } = renderHook(({ ids }) => useDetailPatches(ids), { initialProps: { ids: ['test-area'] } });
    await waitFor(() => expect(result.current).toHaveLength(1));
    expect(String(fetch.mock.calls[0]?.[0 as never])).toMatch(/basemap\/detail-test-area\.json$/);
    expect(result.current[0]?.features).toHaveLength(2);
    rerender({ ids: [] });
    expect(result.current).toEqual([]);
  });
});

describe('StaticMap with a detail patch', () => {
  it('draws the patch over the overview', () => {
    const props = { basemap: null, center: [-118.3, 33.9] as [number, number], zoom: 10, width: 400, height: 300, label: 'Map', lang: 'en' as const };
    expect(renderToStaticMarkup(<StaticMap {...props} />)).not.toContain('data-detail');
    const html = renderToStaticMarkup(<StaticMap {...props} detail={[patch]} />);
    expect(html).toContain('data-detail');
    expect(html.match(/<path d="M[^"]+"/g)?.length).toBeGreaterThanOrEqual(2);
  });
});
