/**
 * The one story map every mode uses: reading, embeds and slides get the live map (MapLibre,
 * with a still SVG map while it loads or if it cannot), the handout a still map drawn from
 * the same intent. Both parts load after the text has painted.
 */
import './map.css';
import { lazy, Suspense } from 'react';
import { whenFirstPainted } from '@/lib/first-view';
import type { StoryMapProps } from './story-map-props';
import type { StillStoryMap as StillComponent } from './StillStoryMap';

// The live map's code is asked for once the text is on screen (the first contentful paint has
// been shown): on a fast link it arrived before the first paint, 450 KB fetched and parsed
// while the reader waited for the first chapter. The map engine (MapLibre and the basemap) is
// then fetched alongside it, not after it has rendered; its small starter is a chunk of its
// own, outside the first load.
const LiveMap = lazy(() => whenFirstPainted().then(() => {
  void import('./map-engine').then((engine) => engine.prefetchMapEngine(), () => {});
  return import('./LiveMap').then((mod) => ({ default: mod.LiveMap }));
}));
type Still = typeof StillComponent;
let stillLoaded: Still | null = null;
/**
 * Fetches the still map's code ahead of need: a print renders the handout synchronously
 * (`beforeprint`), and a map that had to wait for its code would print as an empty box.
 */
export const preloadStillMap = () => import('./StillStoryMap').then((mod) => (stillLoaded = mod.StillStoryMap));
const StillStoryMap = lazy(() => preloadStillMap().then((loaded) => ({ default: loaded })));

export type { StoryMapProps };

export function StoryMap(props: StoryMapProps) {
  if (props.still) {
    const { width, height } = props.still;
    const Loaded = stillLoaded;
    if (Loaded) return <Loaded {...props} still={props.still} />;
    return (
      <Suspense fallback={<div className="still-map" style={{ aspectRatio: `${width} / ${height}` }} />}>
        <StillStoryMap {...props} still={props.still} />
      </Suspense>
    );
  }
  return (
    <Suspense fallback={<div className="map-pane" data-map-state="loading" />}>
      <LiveMap {...props} />
    </Suspense>
  );
}
