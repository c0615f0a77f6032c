/**
 * `fraction` (0–1) of a bar `devicePx` device pixels wide, rounded to the nearest whole pixel:
 * the fill changes only when a reader could see it change. The ends, and any share of a bar not
 * yet measured (0), stay exact.
 */
export function toWholePixels(fraction: number, devicePx: number): number {
  if (!(devicePx >= 1) || fraction <= 0 || fraction >= 1) return fraction;
  return Math.round(fraction * devicePx) / devicePx;
}
