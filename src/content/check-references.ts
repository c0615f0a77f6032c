/**
 * Cross-reference checks that no single file's schema can make: ids that must exist,
 * ids that must be unique, calls on Sundays in story order, a route through its places.
 */
import { DAYS, type RouteData } from './schema.ts';
import type { Route, Story } from './story-types.ts';

type Report = (file: string, path: string, message: string) => void;

function checkUnique(ids: readonly string[], file: string, key: string, report: Report): void {
  const seen = new Set<string>();
  ids.forEach((id, i) => {
    if (seen.has(id)) report(file, `${key}[${i}].id`, `duplicate id "${id}"`);
    seen.add(id);
  });
}

function checkKnown(ids: readonly string[], known: ReadonlySet<string>, what: string, file: string, path: string, report: Report): void {
  ids.forEach((id, i) => {
    if (!known.has(id)) report(file, `${path}[${i}]`, `unknown ${what} "${id}" (expected one of: ${[...known].join(', ')})`);
  });
}

function buildRoute(data: RouteData, placeById: ReadonlyMap<string, [number, number]>, report: Report): Route {
  const route: Route = { coordinates: [], stops: [] };
  data.points.forEach((point, i) => {
    if (Array.isArray(point)) {
      route.coordinates.push(point);
      return;
    }
    const at = placeById.get(point.place);
    if (!at) {
      report('route.yaml', `points[${i}].place`, `unknown place "${point.place}"`);
      return;
    }
    if (route.stops.some((s) => s.place === point.place)) {
      report('route.yaml', `points[${i}].place`, `the route passes "${point.place}" twice`);
    }
    route.stops.push({ place: point.place, index: route.coordinates.length });
    route.coordinates.push(at);
  });
  return route;
}

function checkCalls(story: Story, chapterIndex: ReadonlyMap<string, number>, places: ReadonlySet<string>, people: ReadonlySet<string>, report: Report): void {
  let previous = { day: -1, chapter: -1 };
  story.calls.forEach((call, i) => {
    const at = `calls[${i}]`;
    const dayIndex = DAYS.indexOf(call.day);
    if (dayIndex % 7 !== 0) report('calls.yaml', `${at}.day`, `expected a Sunday (sunday or next-sunday), got "${call.day}"`);
    const chapter = chapterIndex.get(call.chapter);
    if (chapter === undefined) report('calls.yaml', `${at}.chapter`, `unknown chapter "${call.chapter}"`);
    if (dayIndex < previous.day || (chapter ?? Infinity) < previous.chapter) {
      report('calls.yaml', `${at}`, 'calls must be listed in story order (by day and chapter)');
    }
    previous = { day: dayIndex, chapter: chapter ?? previous.chapter };
    for (const end of ['from', 'to'] as const) {
      checkKnown([call[end].place], places, 'place', 'calls.yaml', `${at}.${end}.place`, report);
      checkKnown(call[end].who, people, 'character', 'calls.yaml', `${at}.${end}.who`, report);
    }
  });
}

/** Returns the built route when every reference holds; reports each one that does not. */
export function checkReferences(story: Story, routeData: RouteData, report: Report): Route | null {
  const before = { count: 0 };
  const counting: Report = (...args) => { before.count++; report(...args); };
  checkUnique(story.places.map((p) => p.id), 'places.yaml', 'places', counting);
  checkUnique(story.characters.map((c) => c.id), 'characters.yaml', 'characters', counting);
  checkUnique(story.calls.map((c) => c.id), 'calls.yaml', 'calls', counting);
  const chapterIds = new Set<string>();
  for (const ch of story.chapters) {
    if (chapterIds.has(ch.id)) counting(ch.file, 'id', `duplicate chapter id "${ch.id}"`);
    chapterIds.add(ch.id);
  }
  const places = new Set(story.places.map((p) => p.id));
  const people = new Set(story.characters.map((c) => c.id));
  story.characters.forEach((c, i) => checkKnown(c.places, places, 'place', 'characters.yaml', `characters[${i}].places`, counting));
  const threads = new Set(Object.keys(story.settings.threads));
  const checkThread = (id: string, file: string, path: string) => {
    if (!threads.has(id)) counting(file, path, `unknown storyline "${id}" (expected one of: ${[...threads].join(', ')})`);
  };
  story.characters.forEach((c, i) => checkThread(c.thread, 'characters.yaml', `characters[${i}].thread`));
  for (const ch of story.chapters) checkThread(ch.thread, ch.file, 'thread');
  const travelling = Object.entries(story.settings.threads).filter(([, t]) => t.travels);
  if (travelling.length > 1) counting('story.yaml', 'threads', `at most one storyline travels the route, got ${travelling.map(([id]) => id).join(', ')}`);

  const placeById = new Map(story.places.map((p) => [p.id, p.coordinates] as [string, [number, number]]));
  const route = buildRoute(routeData, placeById, counting);
  const stopOrder = new Map(route.stops.map((s, i) => [s.place, i]));
  if (routeData.measuredFrom !== undefined) {
    if (stopOrder.has(routeData.measuredFrom)) route.measuredFrom = routeData.measuredFrom;
    else counting('route.yaml', 'measuredFrom', `"${routeData.measuredFrom}" is not a place on the route`);
  }
  for (const ch of story.chapters) {
    checkKnown(ch.places, places, 'place', ch.file, 'places', counting);
    checkKnown(ch.characters, people, 'character', ch.file, 'characters', counting);
    if (ch.route) {
      const from = stopOrder.get(ch.route.from);
      const to = stopOrder.get(ch.route.to);
      if (from === undefined) counting(ch.file, 'route.from', `"${ch.route.from}" is not a place on the route (route.yaml)`);
      if (to === undefined) counting(ch.file, 'route.to', `"${ch.route.to}" is not a place on the route (route.yaml)`);
      if (from !== undefined && to !== undefined && to < from) {
        counting(ch.file, 'route', `"${ch.route.to}" comes before "${ch.route.from}" on the route`);
      }
    }
  }
  const chapterIndex = new Map(story.chapters.map((c) => [c.id, c.index]));
  checkCalls(story, chapterIndex, places, people, counting);
  if (story.settings.creditsChapter && !chapterIds.has(story.settings.creditsChapter)) {
    counting('story.yaml', 'creditsChapter', `unknown chapter "${story.settings.creditsChapter}"`);
  }
  return before.count === 0 ? route : null;
}
