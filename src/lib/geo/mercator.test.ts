import { describe, expect, it } from 'vitest';
import { kmPerPixel, latitudeAt, mercatorX, mercatorY } from './mercator';

describe('Web Mercator', () => {
  it('puts the equator and the prime meridian in the middle of the world', () => {
    expect(mercatorX(0)).toBe(0.5);
    expect(mercatorY(0)).toBeCloseTo(0.5);
  });

  it('turns a latitude into y and back', () => {
    for (const lat of [-60, -12.5, 19.4, 34.05, 80]) expect(latitudeAt(mercatorY(lat))).toBeCloseTo(lat, 9);
  });

  it('clamps the poles to the edge of the square world', () => {
    expect(mercatorY(90)).toBeCloseTo(0, 6);
    expect(mercatorY(-90)).toBeCloseTo(1, 6);
  });

  it('halves the ground per pixel with each zoom level and shrinks it away from the equator', () => {
    expect(kmPerPixel(5, 0) / kmPerPixel(6, 0)).toBeCloseTo(2);
    expect(kmPerPixel(5, 60)).toBeCloseTo(kmPerPixel(5, 0) / 2);
  });
});
