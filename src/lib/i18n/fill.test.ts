import { describe, expect, it } from 'vitest';
import { fill } from './fill';

describe('fill', () => {
  it('puts values in their placeholders', () => {
    expect(fill('Chapter {n} of {total}', { n: 2, total: 20 })).toBe('Chapter 2 of 20');
  });
  it('leaves a placeholder with no value visible, so the gap is noticed', () => {
    expect(fill('Hello {name}')).toBe('Hello {name}');
  });
});
