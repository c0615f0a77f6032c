/** The topbar's Share button label: its own module, so the first load does not carry the embed's other words. */
export const shareWords = {
  share: { es: 'Compartir', en: 'Share' },
} as const;
