import { describe, expect, it } from 'vitest';
import { COVER_GAP, coveredPadding } from './covered-padding';

const map = { left: 0, top: 0, right: 1920, bottom: 1080 };

describe('coveredPadding', () => {
  it('pads the left edge by a slide card laid along it, plus a gap', () => {
    const slide = { left: 48, top: 27, right: 784, bottom: 900 };
    expect(coveredPadding(map, [{ box: slide, edge: 'left' }])).toEqual({ top: 0, right: 0, bottom: 0, left: 784 + COVER_GAP });
  });

  it('pads each edge by the deepest of its covers', () => {
    const legend = { left: 12, top: 1000, right: 600, bottom: 1040 };
    const buttons = { left: 12, top: 960, right: 300, bottom: 990 };
    expect(coveredPadding(map, [{ box: legend, edge: 'bottom' }, { box: buttons, edge: 'bottom' }]).bottom).toBe(120 + COVER_GAP);
  });

  it('ignores covers outside the map or not laid out', () => {
    expect(coveredPadding(map, [{ box: { left: 2000, top: 0, right: 2100, bottom: 100 }, edge: 'right' }, { box: null, edge: 'top' }]))
      .toEqual({ top: 0, right: 0, bottom: 0, left: 0 });
  });

  it('measures from the map, wherever the map sits on the page', () => {
    const offset = { left: 100, top: 50, right: 900, bottom: 650 };
    expect(coveredPadding(offset, [{ box: { left: 100, top: 600, right: 400, bottom: 650 }, edge: 'bottom' }]).bottom).toBe(50 + COVER_GAP);
  });

  it('leaves at least 30% of the map open on a small screen', () => {
    const phone = { left: 0, top: 0, right: 390, bottom: 300 };
    const pad = coveredPadding(phone, [{ box: { left: 0, top: 0, right: 380, bottom: 300 }, edge: 'left' }]);
    expect(pad.left).toBe(273);
  });
});
