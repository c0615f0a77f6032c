/** The calls feature's own interface words, in both languages. */
export const callWords = {
  heading: { es: 'La llamada de cada domingo', en: 'The weekly call' },
  metHeading: { es: 'Esta vez, sin llamada', en: 'No call this time' },
  when: { es: '{day}, {time}', en: '{day}, {time}' },
  from: { es: 'Llama', en: 'Calling' },
  to: { es: 'Contesta', en: 'Answering' },
  status: {
    connected: { es: 'Se comunicaron', en: 'Connected' },
    'not-connected': { es: 'No se comunicaron', en: 'Did not connect' },
    'met-in-person': { es: 'Se encontraron en persona', en: 'They met in person' },
  },
  phonesSentence: {
    es: 'La llamada une dos teléfonos: {fromWho} en {fromPlace} y {toWho} en {toPlace}.',
    en: 'The call links two phones: {fromWho} at {fromPlace} and {toWho} at {toPlace}.',
  },
  metSentence: {
    es: 'No hay llamada: {who} se encuentran en persona en {place}.',
    en: 'There is no call: {who} meet in person at {place}.',
  },
  meanwhile: { es: 'Mientras tanto, {name}: {place}.', en: 'Meanwhile, {name}: {place}.' },
} as const;

/** Fills `{name}` slots in one of the texts above. */
export { fill } from '@/lib/i18n/fill';
