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

  describe('a cover on its nearest edge (the map controls)', () => {
    // A 360×420 embed: the controls fold into one compact "Map" button in the top-right corner.
    const embed = { left: 0, top: 0, right: 360, bottom: 420 };
    const compact = { left: 282, top: 8, right: 352, bottom: 44 };

    it('pads the top by the compact button, and leaves the bottom open', () => {
      expect(coveredPadding(embed, [{ box: compact, edge: 'nearest' }])).toEqual({ top: 44 + COVER_GAP, right: 0, bottom: 0, left: 0 });
    });

    it('pads the bottom by the controls laid along the bottom of a big map', () => {
      const bar = { left: 12, top: 700, right: 1268, bottom: 758 };
      expect(coveredPadding({ left: 0, top: 0, right: 1280, bottom: 800 }, [{ box: bar, edge: 'nearest' }]))
        .toEqual({ top: 0, right: 0, bottom: 100 + COVER_GAP, left: 0 });
    });

    it('keeps the places of a short map clear of its top, not pushed against it', () => {
      // Counted as a bottom cover (as before), the button's box reached 412 px up from the bottom:
      // 70% of the height went to the bottom and the places were framed against the top edge.
      const pad = coveredPadding(embed, [{ box: compact, edge: 'nearest' }]);
      expect(pad.bottom).toBeLessThan(420 * 0.1);
      expect(pad.top).toBeGreaterThanOrEqual(compact.bottom);
    });
  });
});
