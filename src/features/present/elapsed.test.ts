import { describe, expect, it } from 'vitest';
import { elapsedMs, formatElapsed, startStopwatch, toggleStopwatch } from './elapsed';

describe('stopwatch', () => {
  it('counts from the moment it starts', () => {
    expect(elapsedMs(startStopwatch(1000), 6000)).toBe(5000);
  });
  it('stands still while paused and carries on from there when resumed', () => {
    const paused = toggleStopwatch(startStopwatch(0), 10_000);
    expect(elapsedMs(paused, 50_000)).toBe(10_000);
    expect(elapsedMs(toggleStopwatch(paused, 50_000), 53_000)).toBe(13_000);
  });
  it('never counts backwards if the clock does', () => {
    expect(elapsedMs(startStopwatch(5000), 1000)).toBe(0);
  });
});

describe('formatElapsed', () => {
  it('shows minutes and seconds under an hour', () => {
    expect(formatElapsed(0)).toBe('0:00');
    expect(formatElapsed(65_400)).toBe('1:05');
  });
  it('adds hours after an hour', () => {
    expect(formatElapsed(3_723_000)).toBe('1:02:03');
  });
});
