/**
 * Which gazetteer names a chapter's text uses (its body and its map description, in either
 * language): the map labels them at that chapter's camera whatever their usual zoom.
 */
import { plainText } from './markdown.ts';
import type { GazetteerEntry, LonLat } from './schema.ts';
import type { Chapter } from './story-types.ts';

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const isWordChar = (c: string | undefined) => c !== undefined && LETTER_OR_DIGIT.test(c);

/** `mentions` for a text and name already lower-cased: a search, no pattern compiled per name. */
function mentionsLower(text: string, name: string): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    if (!isWordChar(text[at - 1]) && !isWordChar(text[at + name.length])) return true;
  }
  return false;
}

/** Whole-word, case-insensitive: "Indio" is not found in "Indigenous". */
export const mentions = (text: string, name: string) => name !== '' && mentionsLower(text.toLowerCase(), name.toLowerCase());

/** The spellings of an entry a text in `lang` may use. */
export const spellings = (entry: GazetteerEntry, lang: 'es' | 'en'): string[] =>
  [entry.name[lang], ...(entry.aliases?.[lang] ?? [])];

const named = new WeakMap<object, WeakMap<readonly GazetteerEntry[], string[]>>();

/**
 * Ids of the entries the chapter's text names, in gazetteer order. Remembered per chapter and
 * gazetteer (story data never changes in a page): the map asks at every chapter change.
 */
export function namesInChapter(chapter: Pick<Chapter, 'body' | 'mapDescription'>, gazetteer: readonly GazetteerEntry[]): string[] {
  let byGazetteer = named.get(chapter);
  if (!byGazetteer) named.set(chapter, (byGazetteer = new WeakMap()));
  let ids = byGazetteer.get(gazetteer);
  if (!ids) byGazetteer.set(gazetteer, (ids = findNames(chapter, gazetteer)));
  return ids;
}

function findNames(chapter: Pick<Chapter, 'body' | 'mapDescription'>, gazetteer: readonly GazetteerEntry[]): string[] {
  const text = {
    es: `${plainText(chapter.body.es)}\n${chapter.mapDescription?.es ?? ''}`.toLowerCase(),
    en: `${plainText(chapter.body.en)}\n${chapter.mapDescription?.en ?? ''}`.toLowerCase(),
  };
  return gazetteer
    .filter((entry) => (['es', 'en'] as const).some((lang) => spellings(entry, lang).some((s) => s !== '' && mentionsLower(text[lang], s.toLowerCase()))))
    .map((entry) => entry.id);
}

/** Degrees between a road's or river's repeated labels. */
const LABEL_SPACING_DEG = 0.75;

/**
 * Where an entry's name is written: its label point and, along a road or river, a vertex
 * every LABEL_SPACING_DEG or so, so that any view of the line can name it (the map's
 * collision detection drops the repeats that do not fit).
 */
export function labelPoints(entry: Pick<GazetteerEntry, 'coordinates' | 'line'>): LonLat[] {
  const points: LonLat[] = [entry.coordinates];
  const line = entry.line ?? [];
  const length = line.slice(1).reduce((sum, p, i) => sum + Math.hypot(p[0] - line[i]![0], p[1] - line[i]![1]), 0);
  // A short street gets a few chances too: about three along its length.
  const spacing = Math.min(LABEL_SPACING_DEG, length / 3);
  let last: LonLat | null = null;
  for (const p of line) {
    if (last && Math.hypot(p[0] - last[0], p[1] - last[1]) < spacing) continue;
    if (Math.hypot(p[0] - entry.coordinates[0], p[1] - entry.coordinates[1]) < spacing / 2) continue;
    points.push(p);
    last = p;
  }
  return points;
}

/** Degrees (about 300 km) beyond which a name the text uses is elsewhere, not in the chapter's scene. */
export const FAR_DEG = 3;

/**
 * The gazetteer entries a chapter's map must name: those its text uses that lie in its scene
 * (a place the text only looks towards, Los Angeles from El Paso, is not at this camera), less
 * those a drawn plan's caption names (at the corner's scale, the caption says where it is).
 */
export function namesInScene(
  chapter: Pick<Chapter, 'body' | 'mapDescription' | 'camera'>,
  gazetteer: readonly GazetteerEntry[],
  planCaption?: { es: string; en: string },
): GazetteerEntry[] {
  const [cx, cy] = chapter.camera.center;
  const near = (p: LonLat) => Math.hypot(p[0] - cx, p[1] - cy) < FAR_DEG;
  const captioned = (e: GazetteerEntry) =>
    planCaption !== undefined && (['es', 'en'] as const).some((lang) => spellings(e, lang).some((s) => mentions(planCaption[lang], s)));
  return namesInChapter(chapter, gazetteer).map((id) => gazetteer.find((e) => e.id === id)!)
    .filter((e) => [e.coordinates, ...(e.line ?? [])].some(near) && !captioned(e));
}
