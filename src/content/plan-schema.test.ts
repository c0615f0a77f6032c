import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { parseStory } from './parse-story';
import { validStoryFiles } from './story-files.fixture';

const planFile = (over: Record<string, unknown> = {}) => stringify({
  place: 'home',
  caption: { es: 'Dibujo aproximado', en: 'Approximate drawing' },
  features: [{ kind: 'shop', name: { es: 'Tienda', en: 'Shop' }, rect: [0, 5, 10, 10] }, { kind: 'payphone', at: [0, 0] }],
  ...over,
});

const issuesOf = (files: Record<string, string>) => {
  const result = parseStory(files);
  return result.ok ? [] : result.issues.map((i) => `${i.file} ${i.path}: ${i.message}`);
};

describe('drawn plans in story/plans', () => {
  it('reads a plan tied to a place, with its rotation defaulting to 0', () => {
    const result = parseStory({ ...validStoryFiles(), 'plans/home.yaml': planFile() });
    expect(result.ok && result.story.plans).toEqual([expect.objectContaining({ place: 'home', rotate: 0 })]);
  });

  it('names the file and field of a shape without its position', () => {
    const issues = issuesOf({ ...validStoryFiles(), 'plans/home.yaml': planFile({ features: [{ kind: 'payphone' }, { kind: 'shop' }] }) });
    expect(issues).toContain('story/plans/home.yaml features[0].at: missing field: a payphone needs at: [x, y] (metres from the pin)');
    expect(issues).toContain('story/plans/home.yaml features[1].rect: missing field: a shop needs rect: [x, y, width, height] (metres from the pin)');
  });

  it('names a plan whose place does not exist', () => {
    const issues = issuesOf({ ...validStoryFiles(), 'plans/home.yaml': planFile({ place: 'nowhere' }) });
    expect(issues).toEqual(['story/plans/home.yaml place: unknown place "nowhere" (expected an id from places.yaml)']);
  });

  it('names a label in one language and an unknown kind', () => {
    const issues = issuesOf({
      ...validStoryFiles(),
      'plans/home.yaml': planFile({ features: [{ kind: 'castle', rect: [0, 0, 1, 1] }, { kind: 'shop', name: { es: 'Tienda' }, rect: [0, 0, 1, 1] }] }),
    });
    expect(issues.some((i) => i.startsWith('story/plans/home.yaml features[0].kind: expected one of street'))).toBe(true);
    expect(issues.some((i) => i.startsWith('story/plans/home.yaml features[1].name.en: missing'))).toBe(true);
  });

  it('refuses a second plan for the same place', () => {
    const issues = issuesOf({ ...validStoryFiles(), 'plans/a.yaml': planFile(), 'plans/b.yaml': planFile() });
    expect(issues).toContain('story/plans/b.yaml place: "home" already has a plan (plans/a.yaml): one plan per place');
  });
});
