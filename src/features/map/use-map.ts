/**
 * Loads the map library lazily (the story text never waits for it) and keeps the adapter.
 * Any failure — no WebGL, a style that never loads — leaves `state: 'failed'` and the
 * static map takes over.
 */
import { useEffect, useRef, useState, type RefObject } from 'react';
import type { Camera, Lang } from '@/content/schema';
import { story } from '@/content/story';
import { asBasemap } from '@/lib/geo/basemap-shape';
import type { BasemapLabel } from './basemap-style';
import type { MapAdapter } from './map-adapter';

export type MapState = 'loading' | 'ready' | 'failed';

export const BASEMAP_URL = `${import.meta.env.BASE_URL}basemap/basemap.json`;

interface Options {
  initialCamera: Camera;
  lang: Lang;
  onPlaceClick: (id: string) => void;
}

export function useMap(container: RefObject<HTMLDivElement | null>, { initialCamera, lang, onPlaceClick }: Options) {
  const [state, setState] = useState<MapState>('loading');
  const [note, setNote] = useState<'fallback' | null>(null);
  const adapter = useRef<MapAdapter | null>(null);
  const latest = useRef({ initialCamera, lang, onPlaceClick });
  useEffect(() => {
    latest.current = { initialCamera, lang, onPlaceClick };
  });

  useEffect(() => {
    let cancelled = false;
    const el = container.current;
    if (!el) return;
    (async () => {
      const [{ createMap }, { basemapLabels }, basemap] = await Promise.all([
        import('./map-adapter'),
        import('./basemap-style'),
        fetch(BASEMAP_URL)
          .then((r) => (r.ok ? r.json() : Promise.reject(new Error(`basemap: HTTP ${r.status}`))))
          .then((json: unknown) => asBasemap(json) ?? Promise.reject(new Error('basemap: not a GeoJSON FeatureCollection'))),
      ]);
      if (cancelled) return;
      const labels: BasemapLabel[] = basemapLabels(basemap);
      const map = await createMap({
        container: el,
        basemapUrl: new URL(BASEMAP_URL, location.href).href,
        remoteStyle: story.settings.remoteStyle,
        camera: latest.current.initialCamera,
        lang: latest.current.lang,
        labels,
        onPlaceClick: (id) => latest.current.onPlaceClick(id),
        onFailure: () => setState('failed'),
        onFallback: () => setNote('fallback'),
      });
      if (cancelled) map.destroy();
      else {
        adapter.current = map;
        setState('ready');
      }
    })().catch((error: unknown) => {
      if (cancelled) return;
      console.warn('The map could not load; showing the static map instead.', error);
      setState('failed');
    });
    return () => {
      cancelled = true;
      adapter.current?.destroy();
      adapter.current = null;
    };
  }, [container]);

  return { state, note, adapter };
}
