import { describe, expect, it } from 'vitest';
import { storyKey } from './story-key';

describe('storyKey', () => {
  it('uses the id from story.yaml when there is one', () => {
    expect(storyKey({ id: 'moon', title: { en: 'Under the Same Moon' } })).toBe('moon');
  });
  it('falls back to the English title as a slug', () => {
    expect(storyKey({ title: { en: 'The Lighthouse & the Cat!' } })).toBe('the-lighthouse-the-cat');
    expect(storyKey({ title: { en: 'Árbol ' } })).toBe('arbol');
  });
  it('never returns an empty name', () => {
    expect(storyKey({ title: { en: '¡¿…?!' } })).toBe('story');
  });
});
