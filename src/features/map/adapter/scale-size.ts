/**
 * A size paint or layout value (a number, or a zoom curve `['interpolate', …, ['zoom'], z, v, …]`
 * or `['step', ['zoom'], v, z, v, …]`) multiplied by `k`: the projector's larger map text and
 * lines. A size by data (`['match', ['get', 'rank'], …]`, `['case', …]`: the place, city and
 * gazetteer labels) is wrapped in `['*', k, …]`. A zoom curve nested anywhere else cannot be
 * wrapped (MapLibre wants it outermost) and is returned unchanged, as is anything not a size.
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
  if (typeof op !== 'string' || JSON.stringify(value).includes('["zoom"]')) return value;
  return ['*', k, value];
}
