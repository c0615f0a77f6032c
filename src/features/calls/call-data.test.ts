import { describe, expect, it } from 'vitest';
import type { Call, Character, Place } from '@/content/schema';
import type { Chapter } from '@/content/story-types';
import { callEnd, callSentence, callsIn } from './call-data';
import { makeChapter } from '@/content/chapter.fixture';

const chapter = (id: string): Chapter => makeChapter({ id, title: { es: id, en: id }, thread: 'both', day: 'sunday' });
const call = (id: string, chapterId: string, over: Partial<Call> = {}): Call => ({
  id, chapter: chapterId, day: 'sunday', time: '10:00', status: 'connected', summary: { es: '', en: '' },
  from: { place: 'corner', who: ['mum'] }, to: { place: 'home', who: ['son'] }, ...over,
});
const place = (id: string, en: string): Place => ({
  id, name: { es: `${en} (es)`, en }, description: { es: '', en: '' }, coordinates: [0, 0], approximate: true,
});
const person = (id: string, name: string): Character => ({
  id, name: { es: name, en: name }, role: { es: '', en: '' }, relationship: { es: '', en: '' }, thread: 'both', actor: null, places: [],
});
const places = [place('corner', 'The corner'), place('home', 'Home')];
const people = [person('mum', 'Mum'), person('son', 'Son')];

describe('callsIn', () => {
  it('gives the calls told in a chapter, in story order', () => {
    const calls = [call('a', 'one'), call('b', 'two'), call('c', 'one')];
    expect(callsIn(chapter('one'), calls).map((c) => c.id)).toEqual(['a', 'c']);
  });
  it('gives no call for a chapter without one', () => {
    expect(callsIn(chapter('three'), [call('a', 'one')])).toEqual([]);
  });
});

describe('callSentence', () => {
  it('names both phones and who is at each', () => {
    const c = call('a', 'one');
    const text = callSentence(c, callEnd(c.from, places, people), callEnd(c.to, places, people), 'en');
    expect(text).toBe('The call links two phones: Mum at The corner and Son at Home.');
  });
  it('says mother and son meet instead when nobody calls', () => {
    const c = call('a', 'one', { status: 'met-in-person', to: { place: 'corner', who: ['son'] } });
    const text = callSentence(c, callEnd(c.from, places, people), callEnd(c.to, places, people), 'es');
    expect(text).toBe('No hay llamada: Mum y Son se encuentran en persona en The corner (es).');
  });
  it('leaves out an end’s unknown people rather than failing', () => {
    expect(callEnd({ place: 'nowhere', who: ['ghost', 'son'] }, places, people)).toEqual({ place: undefined, people: [people[1]] });
  });
});
