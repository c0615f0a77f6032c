/**
 * Loads the map library lazily (the story text never waits for it) and keeps the adapter.
 * Any failure — no WebGL, no basemap, a style that never loads, a lost WebGL context — leaves
 * `state: 'failed'`, releases the map, and the still map takes over.
 */
import { useEffect, useRef, useState, type RefObject } from 'react';
import { story } from '@/content/story';
import { gazetteer } from '@/content/story-geo';
import type { MapAdapter } from './adapter/map-adapter';
import type { MapScene } from './adapter/scene';
import type { PlacedPlan } from './adapter/plan-layers';
import { sliceAt } from '@/lib/journey';
import { firstViewSettled } from '@/lib/first-view';
import { loadMapEngine } from './map-engine';

export type MapState = 'loading' | 'ready' | 'failed';

interface Options {
  /** The scene to start with (read once, when the map is created). */
  scene: () => MapScene;
  onPlaceClick: (id: string) => void;
  /** Drawn plans of invented places, at their pins (read once, when the map is created). */
  plans: readonly PlacedPlan[];
}

export function useMap(container: RefObject<HTMLDivElement | null>, { scene, onPlaceClick, plans }: Options) {
  const [state, setState] = useState<MapState>('loading');
  const [note, setNote] = useState<'fallback' | null>(null);
  const adapter = useRef<MapAdapter | null>(null);
  const latest = useRef({ scene, onPlaceClick, plans });
  useEffect(() => {
    latest.current = { scene, onPlaceClick, plans };
  });

  useEffect(() => {
    let cancelled = false;
    const el = container.current;
    if (!el) return;
    const fail = () => {
      adapter.current?.destroy();
      adapter.current = null;
      setState('failed');
      firstViewSettled(); // the still map needs nothing more: background work may start
    };
    (async () => {
      const [{ createMap }, basemap] = await loadMapEngine();
      if (!basemap) throw new Error('basemap did not load');
      if (cancelled) return;
      const map = await createMap({
        container: el,
        basemap,
        gazetteer,
        remoteStyle: story.settings.remoteStyle,
        scene: latest.current.scene(),
        slice: sliceAt,
        plans: latest.current.plans,
        onPlaceClick: (id) => latest.current.onPlaceClick(id),
        onFailure: () => !cancelled && fail(),
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
      fail();
    });
    return () => {
      cancelled = true;
      adapter.current?.destroy();
      adapter.current = null;
    };
  }, [container]);

  return { state, note, adapter };
}
