import { describe, expect, it } from 'vitest';
import type { Chapter } from '@/content/story-types';
import { measureRoute } from '@/lib/geo/route-measure';
import { FRAMED_FOR as FRAMED } from '@/lib/geo/camera-move';
import { handoutMapView, handoutZoom as zoomForSize, MAX_HANDOUT_ZOOM } from './handout-map';
import { makeChapter } from '@/content/chapter.fixture';

const chapter = (over: Partial<Chapter> = {}): Chapter =>
  makeChapter({ id: 'c', file: 'c.md', title: { es: 'C', en: 'C' }, camera: { center: [-100, 25], zoom: 6, bearing: 0, pitch: 0, transition: 'fly' }, ...over });

const route = () => measureRoute({ coordinates: [[-100, 20], [-100, 30]], stops: [{ place: 'a', index: 0 }, { place: 'b', index: 1 }] });

describe('handoutZoom', () => {
  it('zooms out one level for a map half the size the camera was framed for', () => {
    expect(zoomForSize({ zoom: 5 }, { width: FRAMED.width / 2, height: FRAMED.height / 2 })).toBeCloseTo(4);
  });
  it('lets the tighter side decide: a wide, short map zooms out for its height', () => {
    expect(zoomForSize({ zoom: 5 }, { width: FRAMED.width, height: FRAMED.height / 4 })).toBeCloseTo(3);
  });
  it('keeps a street-level camera at a regional zoom on paper', () => {
    expect(zoomForSize({ zoom: 13 }, FRAMED)).toBe(MAX_HANDOUT_ZOOM);
  });
  it('never goes below zoom 1', () => {
    expect(zoomForSize({ zoom: 0.5 }, { width: 100, height: 100 })).toBe(1);
  });
});

describe('handoutMapView', () => {
  it('centres on the chapter camera', () => {
    expect(handoutMapView([chapter()], 0, null)?.center).toEqual([-100, 25]);
  });
  it('draws the journey up to where the chapter ends', () => {
    const view = handoutMapView([chapter({ route: { from: 'a', to: 'b' } })], 0, route());
    expect(view?.travelled?.at(-1)?.[1]).toBeCloseTo(30);
  });
  it('draws nothing travelled before the first journey chapter', () => {
    const view = handoutMapView([chapter()], 0, route());
    expect(view?.travelled?.at(-1)?.[1]).toBeCloseTo(20);
  });
  it('gives null for a chapter that does not exist, and no route for a story without one', () => {
    expect(handoutMapView([], 0, null)).toBeNull();
    expect(handoutMapView([chapter()], 0, null)?.travelled).toBeUndefined();
  });
  it('shows a chapter with a drawn plan at its own scale, not a regional one', () => {
    const close = chapter({ camera: { center: [-100, 25], zoom: 17, bearing: 0, pitch: 0, transition: 'ease' } });
    expect(handoutMapView([close], 0, null)?.zoom).toBe(MAX_HANDOUT_ZOOM);
    expect(handoutMapView([close], 0, null, true)?.zoom).toBeGreaterThan(14);
  });
});
