/** The week feature's own interface words, in both languages. */
import type { Day } from '@/content/schema';

export const weekWords = {
  label: { es: 'La semana de la historia, de domingo a domingo', en: 'The story week, Sunday to Sunday' },
  past: { es: 'ya pasó', en: 'past' },
  current: { es: 'el día de este capítulo', en: 'the day of this chapter' },
  call: { es: 'llamada a las {time}', en: 'call at {time}' },
  goal: { es: 'Meta', en: 'Goal' },
  approximate: { es: 'día aproximado: las fuentes no lo dicen', en: 'approximate day: the sources do not say' },
  goalLong: { es: 'la llamada hacia la que corre todo el viaje', en: 'the call the whole journey races towards' },
  apartLabel: { es: 'Distancia por el camino entre {a} y {b}:', en: 'Distance along the route between {a} and {b}:' },
  apart: { es: 'entre los dos', en: 'apart' },
  atLeast: { es: 'más de {km}', en: 'over {km}' },
  together: { es: 'en el mismo lugar', en: 'same place' },
  short: {
    sunday: { es: 'Dom', en: 'Sun' },
    monday: { es: 'Lun', en: 'Mon' },
    tuesday: { es: 'Mar', en: 'Tue' },
    wednesday: { es: 'Mié', en: 'Wed' },
    thursday: { es: 'Jue', en: 'Thu' },
    friday: { es: 'Vie', en: 'Fri' },
    saturday: { es: 'Sáb', en: 'Sat' },
    'next-sunday': { es: 'Dom', en: 'Sun' },
  } satisfies Record<Day, { es: string; en: string }>,
} as const;

/** Fills `{name}` slots in one of the texts above. */
export { fill } from '@/lib/i18n/fill';
