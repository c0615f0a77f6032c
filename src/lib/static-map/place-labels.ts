/**
 * Where the still map writes its names, the way MapLibre places the live map's symbols: every
 * name gets a box in screen pixels, tries its anchors in turn (right, left, above, below of its
 * point, then the diagonals), and keeps the first spot that overlaps no name already placed,
 * no marker and no edge of the map. Names are placed in priority order, so a story place wins
 * over a city and a city over an area name; a name that fits nowhere is left out (its dot
 * stays). Pure and deterministic: no DOM, no font measuring, the same input gives the same
 * output (so it runs in unit tests and on the server alike).
 *
 * A long name is broken into lines first, as the live map's `text-max-width` does.
 *
 * A greedy loop over tens of names, each checked against the boxes placed so far: no spatial
 * index is needed at this size (a hundred names is a few thousand box tests).
 */
import { wrapLines } from './wrap-lines';

/** An axis-aligned box in the map's pixels (origin top-left, y down). */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Where a name sits relative to its point: `right` means the name is written to the right of it. */
export type Anchor = 'center' | 'right' | 'left' | 'above' | 'below' | 'above-right' | 'above-left' | 'below-right' | 'below-left';

/** The order a marked point's name tries its spots in: beside it first, as a reader expects. */
export const POINT_ANCHORS: readonly Anchor[] = ['right', 'left', 'above', 'below', 'above-right', 'below-right', 'above-left', 'below-left'];
/** An area's or a river's name: on its point, else just above or below it. */
export const AREA_ANCHORS: readonly Anchor[] = ['center', 'above', 'below'];

export interface LabelRequest {
  /** Unique among the requests (a React key, and how results are found). */
  id: string;
  /** As drawn (already upper-cased if the kind is written in capitals). */
  text: string;
  /** The labelled point, px. */
  at: readonly [number, number];
  /** Font size, px. */
  size: number;
  /** Extra space after every character, px (SVG `letter-spacing`). */
  letterSpacing?: number;
  /** Bold names are wider. */
  bold?: boolean;
  /** Distance from the point to the near side of the name's box, px (at least the marker's radius); 0 for a name on its point. */
  offset: number;
  anchors: readonly Anchor[];
  /** Lower is placed first. Ties keep the requests' order. */
  priority: number;
  /** The name's own marker, drawn only with it (a city's dot): it must be free too, and is taken with the name. */
  mark?: Box;
  /**
   * The name may go without its marker when the marker's spot is taken (a city whose dot lies
   * under a story place's dot), as the live map's town dots are `icon-optional`: then the name
   * tries `farOffset` too, a ring just clear of what covers the dot.
   */
  markOptional?: boolean;
  /** A second distance from the point, px, tried after `offset` with every anchor (see markOptional). */
  farOffset?: number;
  /** Wider than this (px), the name is broken into lines (see wrap-lines.ts). */
  maxWidth?: number;
  /** From one line's baseline to the next, em (default 1.2; a serif's taller box needs more). */
  lineHeight?: number;
}

export interface PlacedLabel {
  id: string;
  /** The name's lines (one unless it was broken), each drawn `lineHeight` px below the one before. */
  lines: string[];
  lineHeight: number;
  /** The SVG text's x and its first line's baseline y, px, and its `text-anchor`. */
  x: number;
  y: number;
  textAnchor: 'start' | 'middle' | 'end';
  anchor: Anchor;
  /** The name's box with its halo, px. */
  box: Box;
  /** False when the name went without its marker (see LabelRequest.markOptional). */
  marked: boolean;
}

export interface PlacementFrame {
  width: number;
  height: number;
  /** Space kept free along each edge (whatever covers the map there), px. */
  inset?: { top: number; right: number; bottom: number; left: number };
}

/** Above the baseline: capitals with accents (Á, É) reach about this far, em. */
const ASCENT = 0.9;
/** Below the baseline (g, p, y), em. */
const DESCENT = 0.25;
/** From one line's baseline to the next, em. */
const LINE_HEIGHT = 1.2;

/**
 * Advance widths (em) of the widest fonts the still map is likely drawn with: DejaVu Sans (the
 * Linux fallback of `system-ui`) and Literata. Over-estimating only leaves a little more room.
 */
const NARROW = new Set([...'iljI.,:;\'|!·ʼ’']);
const SEMI = new Set([...'frtJ ()[]-‐/']);
const WIDE = new Set([...'mwMW≈—']);

function charWidth(c: string): number {
  if (NARROW.has(c)) return 0.3;
  if (SEMI.has(c)) return 0.4;
  if (WIDE.has(c)) return 0.95;
  if (c === '–') return 0.55;
  if (/\p{Lu}/u.test(c)) return 0.74;
  if (/\p{N}/u.test(c)) return 0.64;
  return 0.62;
}

/** How wide a name is drawn, px: per-character widths of its letters without their accents. */
export function textWidth(text: string, size: number, letterSpacing = 0, bold = false): number {
  const base = text.normalize('NFD').replace(/\p{M}/gu, '');
  let em = 0;
  for (const c of base) em += charWidth(c);
  const chars = [...base].length;
  return em * size * (bold ? 1.08 : 1) + chars * letterSpacing;
}

/** The halo (SVG stroke of a quarter of the size) and a pixel of air around every name, px. */
const pad = (size: number) => size / 8 + 1;

/** A name as laid out: its lines and their size, px. */
interface Layout {
  lines: string[];
  /** The widest line. */
  width: number;
  lineHeight: number;
}

function layout(req: LabelRequest): Layout {
  const w = (t: string) => textWidth(t, req.size, req.letterSpacing, req.bold);
  const lines = req.maxWidth ? wrapLines(req.text, req.maxWidth, w) : [req.text];
  return { lines, width: Math.max(...lines.map(w)), lineHeight: (req.lineHeight ?? LINE_HEIGHT) * req.size };
}

/**
 * Where the name's text goes for one anchor: its x, first baseline and text-anchor, such that
 * its box (halo included) keeps `offset` px from the point on the anchor's side (on both sides
 * for a diagonal, so that it clears the point's square marker box too).
 */
function spot(req: LabelRequest, anchor: Anchor, { lines, lineHeight }: Layout): Omit<PlacedLabel, 'id' | 'box' | 'lines' | 'lineHeight' | 'marked'> {
  const [px, py] = req.at;
  const f = req.size;
  const d = req.offset + pad(f);
  const below1st = (lines.length - 1) * lineHeight;
  // The block of lines centred on the point, or its last line's foot `gap` above it, or its first line's top `gap` below.
  const beside = py - ((ASCENT + DESCENT) * f + below1st) / 2 + ASCENT * f;
  const above = (gap: number) => py - gap - DESCENT * f - below1st;
  const below = (gap: number) => py + gap + ASCENT * f;
  switch (anchor) {
    case 'center': return { x: px, y: beside, textAnchor: 'middle', anchor };
    case 'right': return { x: px + d, y: beside, textAnchor: 'start', anchor };
    case 'left': return { x: px - d, y: beside, textAnchor: 'end', anchor };
    case 'above': return { x: px, y: above(d), textAnchor: 'middle', anchor };
    case 'below': return { x: px, y: below(d), textAnchor: 'middle', anchor };
    case 'above-right': return { x: px + d, y: above(d), textAnchor: 'start', anchor };
    case 'below-right': return { x: px + d, y: below(d), textAnchor: 'start', anchor };
    case 'above-left': return { x: px - d, y: above(d), textAnchor: 'end', anchor };
    case 'below-left': return { x: px - d, y: below(d), textAnchor: 'end', anchor };
  }
}

/** The box a name laid out as `l` and drawn at `s` covers, halo included, px. */
function textBox(size: number, l: Layout, s: Pick<PlacedLabel, 'x' | 'y' | 'textAnchor'>): Box {
  const left = s.textAnchor === 'start' ? s.x : s.textAnchor === 'end' ? s.x - l.width : s.x - l.width / 2;
  const p = pad(size);
  return { left: left - p, right: left + l.width + p, top: s.y - ASCENT * size - p, bottom: s.y + (l.lines.length - 1) * l.lineHeight + DESCENT * size + p };
}

export const overlaps = (a: Box, b: Box): boolean =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

const inside = (b: Box, f: Box): boolean => b.left >= f.left && b.right <= f.right && b.top >= f.top && b.bottom <= f.bottom;

/**
 * Places the names, highest priority first, each at its first anchor whose box stays inside
 * the frame and clear of every obstacle (markers, dots) and every name (and its own marker)
 * placed before it.
 * Returns the placed names in priority order; the others are left out.
 */
export function placeLabels(requests: readonly LabelRequest[], obstacles: readonly Box[], frame: PlacementFrame): PlacedLabel[] {
  const i = frame.inset ?? { top: 0, right: 0, bottom: 0, left: 0 };
  const open: Box = { left: i.left, top: i.top, right: frame.width - i.right, bottom: frame.height - i.bottom };
  const order = requests.map((r, n) => ({ r, n })).sort((a, b) => a.r.priority - b.r.priority || a.n - b.n);
  const taken: Box[] = [];
  const placed: PlacedLabel[] = [];
  const free = (box: Box) => !obstacles.some((o) => overlaps(box, o)) && !taken.some((t) => overlaps(box, t));
  for (const { r } of order) {
    const marked = r.mark !== undefined && free(r.mark);
    if (!r.text.trim() || (r.mark && !marked && !r.markOptional)) continue;
    const l = layout(r);
    const offsets = r.farOffset === undefined ? [r.offset] : [r.offset, r.farOffset];
    offsets.some((offset) => r.anchors.some((anchor) => {
      const s = spot({ ...r, offset }, anchor, l);
      const box = textBox(r.size, l, s);
      if (!inside(box, open) || !free(box)) return false;
      taken.push(box);
      if (r.mark && marked) taken.push(r.mark);
      placed.push({ id: r.id, lines: l.lines, lineHeight: l.lineHeight, ...s, box, marked: marked || !r.mark });
      return true;
    }));
  }
  return placed;
}

/** The box of a round marker of radius `r` at `at`, px. */
export const circleBox = ([x, y]: readonly [number, number], r: number): Box => ({ left: x - r, top: y - r, right: x + r, bottom: y + r });
