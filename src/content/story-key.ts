/**
 * The name that keeps this story apart from other stories on the same site (one origin can
 * host several builds of this app, e.g. GitHub Pages project sites): `id` from story.yaml,
 * or else the English title as lower-case words joined by dashes.
 */
export function storyKey(settings: { id?: string | undefined; title: { en: string } }): string {
  if (settings.id) return settings.id;
  const slug = settings.title.en
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '') // accents, split off by NFKD
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'story';
}
