/** The topbar's Handout button label: its own module, so the first load does not carry the handout's other words. */
export const handoutWords = {
  handout: { es: 'Material para clase', en: 'Handout' },
} as const;
