/**
 * How much larger a projector draws the map's text and markers than a desk does: in step with
 * the slide's own text, which grows with the screen (present.css: min(2.4vw, 4.2vh), 20–46 px),
 * so that a city or a place reads at about two thirds of the slide's size from the back of a
 * classroom. Never less than 1.7 (a small projector still reads from afar), never more than 2.4
 * (labels that large would crowd each other off the map). Pure.
 */
export const PROJECTOR_SCALE_MIN = 1.7;
const PROJECTOR_SCALE_MAX = 2.4;
/** The slide text's px per unit of map scale (a 15 px place label × scale ≈ ⅔ of the slide text). */
const SLIDE_PX_PER_SCALE = 19.5;

export function projectorScale(width: number, height: number): number {
  if (width <= 0 || height <= 0) return PROJECTOR_SCALE_MIN;
  const slideText = Math.max(20, Math.min(46.4, 0.024 * width, 0.042 * height));
  const k = Math.min(PROJECTOR_SCALE_MAX, Math.max(PROJECTOR_SCALE_MIN, slideText / SLIDE_PX_PER_SCALE));
  return Math.round(k * 20) / 20;
}
