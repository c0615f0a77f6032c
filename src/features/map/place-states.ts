/** Story places as the map marks them, in the reader's language. */
import type { Lang, LonLat } from '@/content/schema';
import { story } from '@/content/story';
import { firstChapterAt } from '@/lib/journey';

export interface PlaceMarkerState {
  id: string;
  coordinates: LonLat;
  label: string;
  /** Spoken name, e.g. "El Paso bus station, approximate place". */
  accessibleName: string;
  approximate: boolean;
  active: boolean;
  highlighted: boolean;
  /** A phone on a call the reader is at: it pulses briefly (not under reduced motion). */
  ringing?: boolean;
}

const approxWord = { es: 'lugar aproximado', en: 'approximate place' } as const;

/** Story places in journey order: by the first chapter at each (places no chapter visits last). */
const inJourneyOrder = [...story.places].sort((a, b) => rank(a.id) - rank(b.id));
function rank(id: string): number {
  const at = firstChapterAt(id);
  return at < 0 ? Number.MAX_SAFE_INTEGER : at;
}

/** The story's places, in journey order (the order the keyboard moves through them). */
export function placeMarkerStates(active: readonly string[], highlighted: readonly string[], lang: Lang, ringing: readonly string[] = []): PlaceMarkerState[] {
  return inJourneyOrder.map((p) => ({
    id: p.id,
    coordinates: p.coordinates,
    label: p.name[lang],
    accessibleName: p.approximate ? `${p.name[lang]}, ${approxWord[lang]}` : p.name[lang],
    approximate: p.approximate,
    active: active.includes(p.id),
    highlighted: highlighted.includes(p.id),
    ringing: ringing.includes(p.id),
  }));
}
