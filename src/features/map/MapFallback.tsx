/** While the map loads, or when it cannot (no WebGL, a failed load): the same map as an SVG. */
import type { Camera } from '@/content/schema';
import { StaticMap } from '@/lib/static-map/StaticMap';
import { journey, sliceAt } from '@/lib/journey';
import type { PlaceMarkerState } from './place-states';
import { useBasemap } from '@/lib/basemap/use-basemap';
import { useLang } from '@/lib/session/use-session';
import { gazetteerLabels } from '@/lib/basemap/basemap';
import { story } from '@/content/story';

const GAZETTEER_LABELS = gazetteerLabels(story.gazetteer);

const note = {
  es: 'Este navegador no puede mostrar el mapa interactivo; se muestra un mapa fijo de cada capítulo.',
  en: 'This browser cannot show the interactive map; a still map of each chapter is shown instead.',
} as const;

interface Props {
  failed: boolean;
  camera: Camera;
  km: number;
  places: PlaceMarkerState[];
  label: string;
}

export function MapFallback({ failed, camera, km, places, label }: Props) {
  const lang = useLang();
  const basemap = useBasemap();
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
        names={GAZETTEER_LABELS}
      />
      {failed && <p className="map-note" role="note">{note[lang]}</p>}
    </div>
  );
}
