/**
 * A size paint or layout value (a number, or a zoom curve `['interpolate', …, ['zoom'], z, v, …]`
 * or `['step', ['zoom'], v, z, v, …]`) multiplied by `k`: the projector's larger map text and
 * lines. Anything else is returned unchanged (it keeps its size rather than breaking the style).
 */
export function scaleSize(value: unknown, k: number): unknown {
  if (typeof value === 'number') return value * k;
  if (!Array.isArray(value)) return value;
  const [op] = value as unknown[];
  const isZoom = (e: unknown) => Array.isArray(e) && e[0] === 'zoom';
  if (op === 'interpolate' && isZoom(value[2])) {
    return value.map((v: unknown, i) => (i >= 4 && i % 2 === 0 && typeof v === 'number' ? v * k : v));
  }
  if (op === 'step' && isZoom(value[1])) {
    return value.map((v: unknown, i) => (i >= 2 && i % 2 === 0 && typeof v === 'number' ? v * k : v));
  }
  return value;
}
