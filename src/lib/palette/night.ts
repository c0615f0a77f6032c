/**
 * The map by night, as a colour rule rather than a second palette: every colour of the day map
 * (whatever layers the basemap has) is turned to moonlight by one function, so the WebGL map,
 * the still SVG maps and the handout darken alike and a new basemap layer needs no night twin.
 * Pure: no DOM, no map.
 */

type Rgba = [number, number, number, number];

/** The colour of the night sky the map sinks towards (a deep blue). */
export const NIGHT_SKY = '#141a2e';
/** The moon's own colour (app.css `--moon`). */
export const MOON = '#f4d58d';

const HEX = /^#([0-9a-f]{3}|[0-9a-f]{6}|[0-9a-f]{8})$/i;
const RGB = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:[\s,/]+([\d.]+%?))?\s*\)$/i;

/** `#rgb`, `#rrggbb`, `#rrggbbaa`, `rgb()` or `rgba()` → channels 0–255 and alpha 0–1; `null` for anything else. */
export function parseColour(text: string): Rgba | null {
  const hex = HEX.exec(text.trim());
  if (hex) {
    let h = hex[1] ?? '';
    if (h.length === 3) h = [...h].map((c) => c + c).join('');
    const n = (i: number) => parseInt(h.slice(i, i + 2), 16);
    return [n(0), n(2), n(4), h.length === 8 ? n(6) / 255 : 1];
  }
  const rgb = RGB.exec(text.trim());
  if (!rgb) return null;
  const alpha = rgb[4] === undefined ? 1 : rgb[4].endsWith('%') ? parseFloat(rgb[4]) / 100 : parseFloat(rgb[4]);
  return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3]), alpha];
}

const toHex = (v: number) => Math.round(Math.max(0, Math.min(255, v))).toString(16).padStart(2, '0');

function format([r, g, b, a]: Rgba): string {
  return a >= 1 ? `#${toHex(r)}${toHex(g)}${toHex(b)}` : `rgba(${Math.round(r)}, ${Math.round(g)}, ${Math.round(b)}, ${a})`;
}

const SKY = parseColour(NIGHT_SKY) as Rgba;

/**
 * A day colour by moonlight: its lightness kept in order (light land stays lighter than dark
 * ink) but pressed into a dark blue range, so the map reads as the same map at night.
 * Colours it cannot read are returned unchanged.
 */
export function nightColour(day: string): string {
  const c = parseColour(day);
  if (!c) return day;
  const [r, g, b, a] = c;
  const light = (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
  // Moonlight: a third of the light, tinted blue; what was dark stays near the night sky.
  const k = 0.06 + 0.2 * light;
  const mix = (sky: number, lit: number) => sky * (1 - light * 0.55) + lit * k;
  return format([mix(SKY[0], r * 0.55 + 90), mix(SKY[1], g * 0.6 + 100), mix(SKY[2], b * 0.7 + 140), a]);
}

/**
 * Text and markers by night are lit, not darkened: a dark ink becomes a pale moonlit one
 * (so labels still read against the night map).
 */
export function nightInk(day: string): string {
  const c = parseColour(day);
  if (!c) return day;
  const [r, g, b, a] = c;
  const light = (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
  const v = 232 - light * 120;
  return format([v - 12 + r * 0.05, v - 6 + g * 0.05, v + 14, a]);
}

/**
 * A paint value (a colour, or a MapLibre expression holding colours) with every colour turned
 * by `turn`: `['match', ['get', 'iso'], 'MEX', '#f0dcc0', …]` keeps its shape.
 */
export function mapColours<T>(value: T, turn: (colour: string) => string): T {
  if (typeof value === 'string') return (parseColour(value) ? turn(value) : value) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => mapColours(v, turn)) as T;
  return value;
}

/**
 * Built-up areas by night are not darkened but lit: towns seen from afar at night, a dim
 * amber, so the cities the night chapters pass through (Los Angeles, Phoenix, Tucson, El Paso)
 * still show on an overview map that is otherwise desert and sea. Close up (`near`, a city's
 * own streets) the coarse outline of a built-up area would be a brown blot over the scene, so
 * the light fades to a faint tone of the night land from LIGHTS_FADE[0] to LIGHTS_FADE[1].
 */
export const CITY_LIGHTS = {
  far: { fill: '#6f6142', edge: '#a58d5c' },
  near: { fill: '#4b4c59', edge: '#5b5c69' },
} as const;
/** The zooms over which city lights fade from `far` to `near`. */
export const LIGHTS_FADE = [8, 10.5] as const;

/**
 * Water by night is darker than the land, as under a real moon: by the moonlight rule alone the
 * sea and the land came out a shade apart, and a night overview lost its coasts (the Gulf of
 * California read as land). `shallow` is the soft band along the coast.
 */
export const NIGHT_WATER = { sea: '#1d2742', shallow: '#2f3b5b' } as const;

/** Relative luminance (WCAG), 0–1, of a colour; `null` if unreadable. */
export function luminance(colour: string): number | null {
  const c = parseColour(colour);
  if (!c) return null;
  const lin = (v: number) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(c[0]) + 0.7152 * lin(c[1]) + 0.0722 * lin(c[2]);
}

/**
 * The night version of a paint colour by what it paints: areas sink into the night; lines and
 * text that were dark (ink, the border, the route) are lit instead, so they stay visible.
 */
export function nightPaint(colour: string, role: 'area' | 'line'): string {
  if (role === 'area') return nightColour(colour);
  const l = luminance(colour);
  return l !== null && l < 0.25 ? nightInk(colour) : nightColour(colour);
}
