/** While the map loads, or when it cannot (no WebGL, a failed load): the same map as an SVG. */
import { useEffect, useState } from 'react';
import type { FeatureCollection } from 'geojson';
import type { Camera, Lang } from '@/content/schema';
import { StaticMap } from '@/features/static-map/StaticMap';
import { asBasemap } from '@/lib/geo/basemap-shape';
import { journey, sliceAt } from './journey';
import type { PlaceMarkerState } from './markers';
import { BASEMAP_URL } from './use-map';

const note = {
  es: 'Este navegador no puede mostrar el mapa interactivo; se muestra un mapa fijo de cada capítulo.',
  en: 'This browser cannot show the interactive map; a still map of each chapter is shown instead.',
} as const;

let cached: Promise<FeatureCollection | null> | null = null;
const loadBasemap = () =>
  (cached ??= fetch(BASEMAP_URL)
    .then((r) => (r.ok ? r.json() : null))
    .then(asBasemap)
    .catch(() => null));

interface Props {
  failed: boolean;
  camera: Camera;
  km: number;
  places: PlaceMarkerState[];
  lang: Lang;
  label: string;
}

export function MapFallback({ failed, camera, km, places, lang, label }: Props) {
  const [basemap, setBasemap] = useState<FeatureCollection | null>(null);
  useEffect(() => {
    let live = true;
    loadBasemap().then((b) => live && setBasemap(b));
    return () => {
      live = false;
    };
  }, []);
  const slice = sliceAt(km);
  return (
    <div className={failed ? 'map-fallback is-failed' : 'map-fallback'}>
      <StaticMap
        basemap={basemap}
        center={camera.center}
        zoom={camera.zoom}
        width={800}
        height={600}
        route={journey?.coordinates}
        travelled={slice?.travelled}
        places={places.map((p) => ({ id: p.id, coordinates: p.coordinates, label: p.label, approximate: p.approximate, active: p.active }))}
        label={label}
        lang={lang}
      />
      {failed && <p className="map-note" role="note">{note[lang]}</p>}
    </div>
  );
}
