import { describe, expect, it } from 'vitest';
import { circleBox, overlaps, placeLabels, POINT_ANCHORS, textWidth, type LabelRequest } from './place-labels';

const frame = { width: 400, height: 300 };

function name(id: string, at: [number, number], more: Partial<LabelRequest> = {}): LabelRequest {
  return { id, text: id, at, size: 14, offset: 8, anchors: POINT_ANCHORS, priority: 1, ...more };
}

const noTwoOverlap = (boxes: { box: Parameters<typeof overlaps>[0] }[]) =>
  boxes.every((a, i) => boxes.every((b, j) => i === j || !overlaps(a.box, b.box)));

describe('textWidth', () => {
  it('grows with the text and the font size', () => {
    expect(textWidth('El Paso', 14)).toBeGreaterThan(textWidth('Paso', 14));
    expect(textWidth('El Paso', 20)).toBeGreaterThan(textWidth('El Paso', 14));
  });

  it('counts a letter with an accent as the letter (NFD), and capitals wider than small letters', () => {
    expect(textWidth('Río', 14)).toBe(textWidth('Rio', 14));
    expect(textWidth('MEXICO', 14)).toBeGreaterThan(textWidth('mexico', 14));
  });
});

describe('placeLabels', () => {
  it('writes a lone name to the right of its point, whole inside the map', () => {
    const [placed] = placeLabels([name('Tucson', [100, 100])], [], frame);
    expect(placed).toMatchObject({ id: 'Tucson', anchor: 'right', textAnchor: 'start' });
    expect(placed!.box.left).toBe(108);
  });

  it('separates two names whose points are close: the second tries another side', () => {
    const placed = placeLabels([name('San Diego', [100, 150]), name('Tijuana', [104, 158])], [], frame);
    expect(placed.map((p) => p.id)).toEqual(['San Diego', 'Tijuana']);
    expect(placed[1]!.anchor).not.toBe('right');
    expect(noTwoOverlap(placed)).toBe(true);
  });

  it('drops a name that fits nowhere rather than overlap another', () => {
    // Ten names on one point: the first few find a side each, the rest are left out.
    const crowd = Array.from({ length: 10 }, (_, i) => name(`Place ${i}`, [200, 150]));
    const placed = placeLabels(crowd, [], frame);
    expect(placed.length).toBeGreaterThan(1);
    expect(placed.length).toBeLessThan(10);
    expect(noTwoOverlap(placed)).toBe(true);
  });

  it('never lets a name run off the map: near the right edge it goes left, and off every side it is dropped', () => {
    const [nearEdge] = placeLabels([name("≈ Carlitos' village", [390, 150])], [], frame);
    expect(nearEdge!.anchor).toBe('left');
    expect(nearEdge!.box.right).toBeLessThanOrEqual(frame.width);
    expect(placeLabels([name('A name far too long for this small map', [60, 150])], [], { width: 120, height: 300 })).toEqual([]);
  });

  it('keeps names out of what covers the map (inset) and off markers', () => {
    const inset = { top: 0, right: 0, bottom: 60, left: 0 };
    const [placed] = placeLabels([name('Los Angeles', [100, 232])], [], { ...frame, inset });
    expect(placed!.box.bottom).toBeLessThanOrEqual(240);
    const dot = circleBox([150, 100], 6);
    const [beside] = placeLabels([name('Phoenix', [100, 100])], [dot], frame);
    expect(overlaps(beside!.box, dot)).toBe(false);
  });

  it('breaks a name too long for the map into lines, and places it whole', () => {
    const long = name('La estación de autobuses de El Paso', [125, 150], { maxWidth: 170 });
    const [placed] = placeLabels([long], [], { width: 250, height: 300 });
    expect(placed!.lines).toEqual(['La estación de', 'autobuses de El Paso']);
    expect(placed!.box.bottom - placed!.box.top).toBeGreaterThan(2 * 14);
    expect(placed!.box.right).toBeLessThanOrEqual(250);
    expect(placeLabels([{ ...long, maxWidth: undefined }], [], { width: 250, height: 300 })).toEqual([]);
  });

  it('lets the higher priority win whatever the order of the requests', () => {
    const city = name('Tucson', [200, 150], { priority: 3, anchors: ['center'] });
    const place = name('The bus', [200, 150], { priority: 0, anchors: ['center'] });
    expect(placeLabels([city, place], [], frame).map((p) => p.id)).toEqual(['The bus']);
  });

  it('keeps its own dot clear: no anchor puts the name on its point', () => {
    const at: [number, number] = [200, 150];
    const dot = circleBox(at, 6);
    for (const anchor of POINT_ANCHORS) {
      const [placed] = placeLabels([name('Indio', at, { anchors: [anchor] })], [], frame);
      expect(overlaps(placed!.box, dot), anchor).toBe(false);
    }
  });

  it('gives the same answer for the same input', () => {
    const input = () => Array.from({ length: 30 }, (_, i) => name(`Name ${i}`, [(i * 37) % 400, (i * 53) % 300], { priority: i % 4 }));
    expect(placeLabels(input(), [], frame)).toEqual(placeLabels(input(), [], frame));
  });
});

describe('a name with its own marker (a city and its dot)', () => {
  it('is left out, dot and all, when the dot would sit under a name placed before it', () => {
    const place = name('Where Rosario lives', [100, 100], { priority: 0 });
    const [first] = placeLabels([place], [], frame);
    const dotUnderIt: [number, number] = [(first!.box.left + first!.box.right) / 2, 100];
    const city = name('Montebello', dotUnderIt, { priority: 3, mark: circleBox(dotUnderIt, 3) });
    expect(placeLabels([place, city], [], frame).map((p) => p.id)).toEqual(['Where Rosario lives']);
  });

  it('keeps its dot clear of the names placed after it', () => {
    const city = name('Tucson', [200, 150], { priority: 0, mark: circleBox([200, 150], 3) });
    const other = name('Arizona', [200, 150], { priority: 5, anchors: ['center'] });
    expect(placeLabels([city, other], [], frame).map((p) => p.id)).toEqual(['Tucson']);
  });
});
