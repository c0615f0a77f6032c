/** The name of the storyline's traveller (the person the journey's marker follows), from the story's data. */
import { story } from '@/content/story';

export function travellerName(lang: 'es' | 'en'): string | null {
  const thread = Object.entries(story.settings.threads).find(([, t]) => t.travels)?.[0];
  const person = thread ? story.characters.find((c) => c.thread === thread) : undefined;
  return person ? person.name[lang] : null;
}
