/**
 * The map, loaded after the text: this stand-in keeps the map's place (no layout shift)
 * until MapView, turf and the static map arrive; maplibre-gl follows later still.
 */
import './map.css';
import { lazy, Suspense } from 'react';
import type { MapViewProps } from './MapView';

const MapView = lazy(() => import('./MapView').then((mod) => ({ default: mod.MapView })));

export function LazyMapView(props: MapViewProps) {
  return (
    <Suspense fallback={<div className="map-pane" data-map-state="loading" />}>
      <MapView {...props} />
    </Suspense>
  );
}
