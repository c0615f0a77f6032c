/**
 * What features add to the map for the current chapter: a call's arc between its two
 * phones, the person of the other storyline, the places a character card lights up, and
 * the sentences that describe them. Changes per chapter, never per scrolled pixel.
 */
import { useMemo } from 'react';
import type { Lang, Place } from '@/content/schema';
import { placeById, story } from '@/content/story';
import type { Chapter } from '@/content/story-types';
import { callArc } from '@/features/calls/call-arc';
import { callEnd, callSentence, callsIn } from '@/features/calls/call-data';
import { callWords, fill } from '@/features/calls/call-words';
import { otherThread, protagonist, whereIs } from '@/features/calls/whereabouts';
import { kmAt, sliceAt } from '@/lib/journey';
import type { StoryMapProps } from '@/features/map/story-map-props';

export type MapOverlays = Pick<StoryMapProps, 'highlighted' | 'callArc' | 'ringing' | 'other'> & { extraDescription: readonly string[] };

const NONE: readonly string[] = [];

/** The chapter's call as the map draws it: the arc, the two phones, a sentence naming both. */
function callOverlay(chapter: Chapter, lang: Lang) {
  const call = callsIn(chapter, story.calls)[0];
  if (!call) return null;
  const from = callEnd(call.from, story.places, story.characters);
  const to = callEnd(call.to, story.places, story.characters);
  const phones = [from.place, to.place].filter((p): p is Place => p !== undefined);
  return {
    arc: from.place && to.place ? callArc(from.place.coordinates, to.place.coordinates) : null,
    // The phones ring only when someone calls: not on the Sunday mother and son meet.
    ringing: call.status === 'met-in-person' ? NONE : phones.map((p) => p.id),
    sentence: callSentence(call, from, to, lang),
  };
}

/** Where the other storyline's person is: on the route if their storyline travels it, else at their last place. */
function otherOverlay(chapter: Chapter, lang: Lang) {
  const thread = otherThread(chapter.thread, story.settings.threads);
  const person = thread ? protagonist(thread, story.characters) : undefined;
  const placeId = person ? whereIs(person, story.chapters, chapter.index, story.calls) : null;
  const place = placeId ? placeById(placeId) : undefined;
  if (!person || !place) return null;
  // The journey does not move in the other storyline's chapters: his point is fixed for it.
  const onRoute = thread && story.settings.threads[thread]?.travels ? sliceAt(kmAt(chapter.index, 0))?.position : undefined;
  return {
    at: onRoute ?? place.coordinates,
    label: person.name[lang],
    sentence: fill(callWords.meanwhile[lang], { name: person.name[lang], place: place.name[lang] }),
  };
}

export function useMapOverlays(
  index: number,
  lang: Lang,
  /** Places another feature lights up (an open character card). */
  focus: readonly string[] = NONE,
): MapOverlays {
  const chapter = index >= 0 ? story.chapters[index] : undefined;
  const call = useMemo(() => (chapter ? callOverlay(chapter, lang) : null), [chapter, lang]);
  const other = useMemo(() => (chapter ? otherOverlay(chapter, lang) : null), [chapter, lang]);
  return useMemo(() => ({
    highlighted: focus,
    ringing: call?.ringing ?? NONE,
    callArc: call?.arc ?? null,
    extraDescription: [call?.sentence, other?.sentence].filter((s): s is string => Boolean(s)),
    other: other ? { at: other.at, label: other.label } : null,
  }), [focus, call, other]);
}
