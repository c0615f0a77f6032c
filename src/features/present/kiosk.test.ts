import { describe, expect, it } from 'vitest';
import { DEFAULT_KIOSK_SECONDS, kioskSeconds, nextKioskSlide, resumeAfterMs } from './kiosk';

describe('kiosk playback', () => {
  it('takes its pace in seconds from the address, within 5 s to 10 min', () => {
    expect(kioskSeconds('20')).toBe(20);
    expect(kioskSeconds('1000')).toBe(600);
    expect(kioskSeconds('3')).toBe(5);
    expect(kioskSeconds('')).toBe(DEFAULT_KIOSK_SECONDS);
    expect(kioskSeconds('1')).toBe(DEFAULT_KIOSK_SECONDS);
    expect(kioskSeconds('fast')).toBe(DEFAULT_KIOSK_SECONDS);
  });

  it('is off unless the address asks for it', () => {
    expect(kioskSeconds(null)).toBeNull();
    expect(kioskSeconds('0')).toBeNull();
    expect(kioskSeconds('off')).toBeNull();
  });

  it('loops from the last slide back to the first', () => {
    expect(nextKioskSlide(0, 3)).toBe(1);
    expect(nextKioskSlide(2, 3)).toBe(0);
    expect(nextKioskSlide(0, 0)).toBe(0);
  });

  it('waits at least 30 s and at most 2 min after someone touches it', () => {
    expect(resumeAfterMs(5)).toBe(30_000);
    expect(resumeAfterMs(20)).toBe(60_000);
    expect(resumeAfterMs(600)).toBe(120_000);
  });
});
