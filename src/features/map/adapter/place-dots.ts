/**
 * The story places' dots, drawn by MapLibre as a symbol layer (one icon per place), not as HTML:
 * HTML markers were moved by MapLibre at every frame of a flight, a style recalculation for
 * each of them (in the bench's read, style and layout 754 → 658 ms with the dots drawn here).
 * The HTML buttons stay over the dots for focus, clicks and the accessible name (markers.ts),
 * still while the camera moves.
 *
 * The images are drawn here, pixel by pixel (no sprite file, no canvas): the dot the page's CSS
 * drew before, in CSS px at `ratio` device pixels each — a terracotta disc in a paper-white
 * rim, a thin outer ring; the chapter's places larger with a soft halo; a place lit up from
 * the text with a blue one; a place the film does not name hollow, with a dashed rim.
 */
import type { ExpressionSpecification, Map as MapLibreMap } from 'maplibre-gl';

type Rgba = readonly [number, number, number, number];
const TERRACOTTA: Rgba = [178, 70, 43, 1];
const PAPER: Rgba = [255, 250, 242, 1];
const ACTIVE_HALO: Rgba = [178, 70, 43, 0.35];
const HIGHLIGHT_HALO: Rgba = [47, 75, 138, 0.55];

export interface DotVariant {
  approximate: boolean;
  active: boolean;
  highlighted: boolean;
}

/** The dot's radius (CSS px), its rim's width, and what lies outside it (a ring or a halo). */
function dotGeometry({ approximate, active, highlighted }: DotVariant) {
  const radius = active ? 9.2 : 6.8; // 1.15rem and 0.85rem across
  const rim = 2;
  const outside: { width: number; colour: Rgba } | null = highlighted ? { width: 4, colour: HIGHLIGHT_HALO }
    : active ? { width: 3, colour: ACTIVE_HALO }
    : approximate ? null
    : { width: 1, colour: TERRACOTTA };
  return { radius, rim, outside };
}

/** Dashes of the approximate dot's rim, as the browser drew its dashed border (measured on its
 * screenshots): four long dashes round the small dot, five round the large one, short gaps. */
function onDash(angle: number, radius: number): boolean {
  const dashes = Math.max(4, Math.round((2 * Math.PI * (radius - 1)) / 9.5));
  const turn = (angle / (2 * Math.PI) + 1) % 1; // atan2's −π…π as 0…1
  return (turn * dashes) % 1 < 0.72;
}

/** `over` painted over `under` (straight alpha, 0–1). */
function blend(under: Rgba, over: Rgba): Rgba {
  const a = over[3] + under[3] * (1 - over[3]);
  if (a === 0) return [0, 0, 0, 0];
  const mix = (i: 0 | 1 | 2) => (over[i] * over[3] + under[i] * under[3] * (1 - over[3])) / a;
  return [mix(0), mix(1), mix(2), a];
}

const cover = (edge: number) => Math.max(0, Math.min(1, edge + 0.5));
const withAlpha = (c: Rgba, k: number): Rgba => [c[0], c[1], c[2], c[3] * k];

/** The image of one variant, `ratio` device pixels per CSS px, straight (not premultiplied) RGBA bytes. */
export function placeDotImage(variant: DotVariant, ratio: number): { width: number; height: number; data: Uint8Array } {
  const { radius, rim, outside } = dotGeometry(variant);
  const outer = radius + (outside?.width ?? 0);
  const size = Math.ceil((outer + 1) * 2 * ratio);
  const data = new Uint8Array(size * size * 4);
  const c = size / 2;
  const px = 1 / ratio; // one device pixel, in CSS px: the antialiased edge's width
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const dx = (x + 0.5 - c) / ratio, dy = (y + 0.5 - c) / ratio;
      const d = Math.hypot(dx, dy);
      let colour: Rgba = [0, 0, 0, 0];
      if (outside) colour = blend(colour, withAlpha(outside.colour, cover((outer - d) / px) * cover((d - radius) / px + 1)));
      const inDisc = cover((radius - d) / px);
      colour = blend(colour, withAlpha(PAPER, inDisc));
      // A hollow dot's rim is dashed; a filled dot's middle is terracotta inside its paper rim.
      colour = variant.approximate
        ? blend(colour, withAlpha(onDash(Math.atan2(dy, dx), radius) ? TERRACOTTA : PAPER, inDisc * cover((d - (radius - rim)) / px)))
        : blend(colour, withAlpha(TERRACOTTA, cover((radius - rim - d) / px)));
      data.set([Math.round(colour[0]), Math.round(colour[1]), Math.round(colour[2]), Math.round(colour[3] * 255)], (y * size + x) * 4);
    }
  }
  return { width: size, height: size, data };
}

export const dotImageName = ({ approximate, active, highlighted }: DotVariant) =>
  `place-dot${approximate ? '-approx' : ''}${active ? '-active' : ''}${highlighted ? '-lit' : ''}`;

/** The image name of a place feature (its `approximate`, `active` and `highlighted` properties). */
export const DOT_IMAGE: ExpressionSpecification = ['concat', 'place-dot',
  ['case', ['get', 'approximate'], '-approx', ''], ['case', ['get', 'active'], '-active', ''], ['case', ['get', 'highlighted'], '-lit', '']];

const VARIANTS: DotVariant[] = [false, true].flatMap((approximate) => [false, true].flatMap((active) =>
  [false, true].map((highlighted) => ({ approximate, active, highlighted }))));

export function addPlaceDotImages(map: MapLibreMap): void {
  // Twice the CSS size at least (a projector scales them up), the screen's own where it is denser.
  const ratio = Math.min(3, Math.max(2, Math.ceil(map.getPixelRatio())));
  for (const v of VARIANTS) {
    const name = dotImageName(v);
    if (!map.hasImage(name)) map.addImage(name, placeDotImage(v, ratio), { pixelRatio: ratio });
  }
}
