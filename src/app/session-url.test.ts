import { describe, expect, it } from 'vitest';
import type { Cursor } from '@/lib/session/cursor';
import { kioskFromSearch, modeFromSearch, parallelFromSearch, urlFor } from './session-url';

const ids = ['village', 'border', 'corner'];
const at = (over: Partial<Cursor>): Cursor => ({ chapter: 0, progress: 0, lang: 'en', mode: 'read', ...over });

describe('urlFor', () => {
  it('puts the chapter in the hash and keeps other parameters', () => {
    expect(urlFor(at({ chapter: 1 }), 'https://x.example/story/?utm=a#village', ids)).toBe('https://x.example/story/?utm=a#border');
  });

  it('clears the hash before the first chapter', () => {
    expect(urlFor(at({ chapter: -1 }), 'https://x.example/#corner', ids)).toBe('https://x.example/');
  });

  it('names every mode but reading', () => {
    expect(urlFor(at({ mode: 'present', chapter: 2 }), 'https://x.example/', ids)).toBe('https://x.example/?mode=present#corner');
    expect(urlFor(at({ mode: 'read' }), 'https://x.example/?mode=handout', ids)).toBe('https://x.example/#village');
  });

  it('keeps kiosk playback (?kiosk=) on the slides and drops it when leaving them', () => {
    expect(urlFor(at({ mode: 'present', chapter: 1 }), 'https://x.example/?mode=present&kiosk=20', ids)).toBe('https://x.example/?mode=present&kiosk=20#border');
    expect(urlFor(at({ mode: 'read', chapter: 1 }), 'https://x.example/?mode=present&kiosk=20', ids)).toBe('https://x.example/#border');
  });

  it('updates ?lang= only when the address already has one', () => {
    expect(urlFor(at({ lang: 'es' }), 'https://x.example/?lang=en', ids)).toBe('https://x.example/?lang=es#village');
    expect(urlFor(at({ lang: 'es' }), 'https://x.example/', ids)).toBe('https://x.example/#village');
  });
});

describe('parallel reading in the address', () => {
  it('is written as ?parallel=1 while on and removed when off', () => {
    expect(urlFor(at({ parallel: true }), 'https://x.example/', ids)).toBe('https://x.example/?parallel=1#village');
    expect(urlFor(at({ parallel: false }), 'https://x.example/?parallel=1', ids)).toBe('https://x.example/#village');
  });

  it('is read only from ?parallel=1', () => {
    expect(parallelFromSearch('?parallel=1')).toBe(true);
    expect(parallelFromSearch('?parallel=yes')).toBe(false);
    expect(parallelFromSearch('')).toBe(false);
  });
});

describe('modeFromSearch', () => {
  it('reads a known mode and falls back to reading', () => {
    expect(modeFromSearch('?mode=presenter')).toBe('presenter');
    expect(modeFromSearch('?mode=bogus')).toBe('read');
    expect(modeFromSearch('')).toBe('read');
  });
});

describe('kioskFromSearch', () => {
  it('reads the seconds per slide, or null without ?kiosk', () => {
    expect(kioskFromSearch('?mode=present&kiosk=30')).toBe(30);
    expect(kioskFromSearch('?mode=present')).toBeNull();
  });
});
