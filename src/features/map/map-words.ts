/** The map's legend, in both languages. */
export const legendWords = {
  legend: { es: 'Leyenda', en: 'Legend' },
  now: { es: '{name}, ahora', en: '{name} now' },
  place: { es: 'Lugar de la historia', en: 'Story place' },
  approximate: { es: '≈ Lugar aproximado', en: '≈ Approximate place' },
  call: { es: 'La llamada entre los dos teléfonos', en: 'The call between the two phones' },
  travelled: { es: 'Camino recorrido', en: 'Route travelled' },
  ahead: { es: 'Camino por recorrer', en: 'Route ahead' },
  plan: { es: 'Dibujo aproximado del lugar', en: 'Approximate drawing of the place' },
  border: { es: 'Frontera México–EE. UU.', en: 'US–Mexico border' },
} as const;
