/** Factories for small story folders used by the content tests: each call returns fresh data. */
import { stringify } from 'yaml';

export function chapterFile(front: Record<string, unknown>, es = 'Hola.', en = 'Hello.'): string {
  return `---\n${stringify(front)}---\n::: es\n${es}\n:::\n\n::: en\n${en}\n:::\n`;
}

export function chapterFront(over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'first',
    title: { es: 'Primero', en: 'First' },
    thread: 'kid',
    day: 'sunday',
    places: ['home'],
    characters: ['kid'],
    camera: { center: [-100, 20], zoom: 5, transition: 'fly' },
    ...over,
  };
}

export function validStoryFiles(): Record<string, string> {
  const text = (es: string, en: string) => ({ es, en });
  return {
    'story.yaml': stringify({
      title: text('Título', 'Title'),
      subtitle: text('Sub', 'Sub'),
      premise: text('Premisa', 'Premise'),
      credits: text('Créditos', 'Credits'),
      threads: {
        kid: { es: 'A', en: 'A', colour: '#aa3311', travels: true },
        mum: { es: 'B', en: 'B', colour: '#2244aa', glyph: 'square' },
        together: { es: 'C', en: 'C', colour: '#665500', glyph: 'split', shared: true },
      },
      approximateNote: text('Aprox.', 'Approx.'),
    }),
    'places.yaml': stringify({
      places: [
        { id: 'home', name: text('Casa', 'Home'), description: text('D', 'D'), coordinates: [-100, 20], approximate: true },
        { id: 'away', name: text('Lejos', 'Away'), description: text('D', 'D'), coordinates: [-110, 30], approximate: false },
      ],
    }),
    'characters.yaml': stringify({
      characters: [
        { id: 'kid', name: text('Niño', 'Kid'), role: text('R', 'R'), relationship: text('H', 'S'), thread: 'kid', actor: null },
        { id: 'mum', name: text('Mamá', 'Mum'), role: text('R', 'R'), relationship: text('M', 'M'), thread: 'mum', actor: 'Someone' },
      ],
    }),
    'calls.yaml': stringify({
      calls: [{
        id: 'c1', chapter: 'first', day: 'sunday', time: '10:00',
        from: { place: 'away', who: ['mum'] }, to: { place: 'home', who: ['kid'] },
        status: 'connected', summary: text('Hablan.', 'They talk.'),
      }],
    }),
    'route.yaml': stringify({ points: [{ place: 'home' }, [-105, 25], { place: 'away' }] }),
    'chapters/01-first.md': chapterFile(chapterFront()),
    'chapters/02-second.md': chapterFile(chapterFront({ id: 'second', day: 'tuesday', route: { from: 'home', to: 'away' } })),
  };
}
