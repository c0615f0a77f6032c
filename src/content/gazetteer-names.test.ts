/**
 * The gazetteer against the chapters: every real name a chapter's text uses is labelled at
 * that chapter's camera (the label layer shows named entries whatever their zoom, so what is
 * left to check is that each lies in the view), and the gazetteer's own rules.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { labelPoints, namesInChapter, namesInScene } from './gazetteer-names';
import { PLAN_MIN_ZOOM } from '@/lib/plans/plan-geometry';
import { parseMarkdown } from './markdown';
import { parseStory } from './parse-story';
import { loadStoryDir, readStoryDir } from './read-story-dir';
import type { Camera, LonLat } from './schema';

const DIR = resolve(__dirname, '../../story');
const loaded = loadStoryDir(DIR, 'story');
if (!loaded.ok) throw new Error('the story does not load');
const story = loaded.story;

/** The desktop reading map, px (the camera is written for it). */
const MAP = { width: 800, height: 750 };
const mercY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));

/** Whether a point shows at a camera, at least `marginPx` inside the map's edge. */
function inView(p: LonLat, camera: Camera, marginPx = 30): boolean {
  const pxPerRad = (512 * 2 ** camera.zoom) / (2 * Math.PI);
  const dx = ((p[0] - camera.center[0]) * Math.PI) / 180 * pxPerRad;
  const dy = (mercY(p[1]) - mercY(camera.center[1])) * pxPerRad;
  return Math.abs(dx) <= MAP.width / 2 - marginPx && Math.abs(dy) <= MAP.height / 2 - marginPx;
}

const chapter = (body: string) => ({ body: { es: parseMarkdown(body), en: parseMarkdown(body) }, mapDescription: undefined });

describe('namesInChapter', () => {
  it('finds names and aliases whole-word, in any case', () => {
    expect(namesInChapter(chapter('They cross the RIO GRANDE near Juárez.'), story.gazetteer)).toEqual(['ciudad-juarez', 'rio-grande']);
  });

  it('does not find a name inside another word', () => {
    expect(namesInChapter(chapter('Indigenous families; a phoenixlike return.'), story.gazetteer)).toEqual([]);
  });
});

describe('the gazetteer at each chapter', () => {
  it('has ids that are unique', () => {
    const ids = story.gazetteer.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(story.chapters.map((c) => [c.id, c] as const))('labels at %s every name its text uses', (_, c) => {
    // At a drawn plan's scale (the corner), the plan's caption names the city and neighbourhood
    // it lies in: the map says where the close-up is even though their label points are away.
    const plan = c.camera.zoom >= PLAN_MIN_ZOOM ? story.plans.find((p) => c.places.includes(p.place)) : undefined;
    const outside = namesInScene(c, story.gazetteer, plan?.caption).filter((e) => !labelPoints(e).some((p) => inView(p, c.camera))).map((e) => e.id);
    expect(outside, `${c.file}: names outside the camera's view`).toEqual([]);
  });

  it('finds the names the issue lists in the texts that use them', () => {
    const named = new Set(story.chapters.flatMap((c) => namesInChapter(c, story.gazetteer)));
    for (const id of ['ciudad-juarez', 'el-paso', 'rio-grande', 'lordsburg', 'interstate-10', 'tucson', 'colorado-river', 'boyle-heights', 'whittier-boulevard', 'east-los-angeles']) {
      expect(named, id).toContain(id);
    }
  });
});

describe('gazetteer.yaml validation', () => {
  it('names the file and field of a wrong entry', () => {
    const files = readStoryDir(DIR);
    const broken = files['gazetteer.yaml']!.replace('kind: river', 'kind: creek');
    const result = parseStory({ ...files, 'gazetteer.yaml': broken });
    expect(result.ok).toBe(false);
    const issue = !result.ok ? result.issues.find((i) => i.file.endsWith('gazetteer.yaml')) : undefined;
    expect(issue?.path).toMatch(/names.*\d+.*kind/);
    expect(issue?.message).toMatch(/city, town/);
  });
});
