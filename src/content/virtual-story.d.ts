declare module 'virtual:story' {
  import type { ReaderStory } from '@/content/story-types';
  const story: ReaderStory;
  export default story;
}

declare module 'virtual:story-teaching' {
  import type { Bilingual } from '@/content/schema';
  import type { Teaching } from '@/content/story-types';
  const teaching: Record<string, Teaching>;
  export default teaching;
  /** Notes for teachers on the whole story. */
  export const classroom: Bilingual[];
}

declare module 'virtual:story-activities' {
  import type { Activities } from '@/content/activities-schema';
  const activities: Activities;
  export default activities;
}

declare module 'virtual:story-language' {
  import type { ChapterLanguage } from '@/content/story-types';
  const language: Record<string, ChapterLanguage>;
  export default language;
}

declare module 'virtual:story-geo' {
  import type { StoryGeo } from '@/content/story-types';
  const geo: StoryGeo;
  export default geo;
}

declare module 'virtual:story-slides' {
  import type { Bilingual } from '@/content/schema';
  const slides: Record<string, Bilingual>;
  export default slides;
}

declare module 'virtual:story-cast' {
  import type { CastDetails } from '@/content/story-types';
  const cast: Record<string, CastDetails>;
  export default cast;
}
