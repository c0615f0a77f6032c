import { describe, expect, it } from 'vitest';
import type { MdNode } from '@/content/markdown';
import { classTimes, wordCount } from './class-time';

const para = (words: number): MdNode[] => [{ type: 'paragraph', children: [{ type: 'text', value: Array(words).fill('word').join(' ') }] }];

describe('time in class', () => {
  it('counts the words of a chapter, inside emphasis and links too', () => {
    expect(wordCount([{ type: 'paragraph', children: [{ type: 'text', value: 'one two ' }, { type: 'strong', children: [{ type: 'text', value: 'three' }] }] }])).toBe(3);
  });

  it('reads aloud at 120 words a minute and adds a minute per slide, in steps of 5 minutes', () => {
    const times = classTimes([para(1200), para(1200)], 10, 3);
    expect(times.read).toBe(20);
    expect(times.present).toBe(25); // 20 + 2 slides
    expect(times.discuss).toBe(20);
    expect(times.activities).toBe(15);
  });

  it('never says less than 5 minutes for a part, and nothing for activities a story lacks', () => {
    expect(classTimes([para(10)], 0, 0)).toMatchObject({ read: 5, discuss: 5, activities: 0 });
  });
});
