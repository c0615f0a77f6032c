/**
 * What a reader sees when a mode fails (a bug, a code chunk that never arrived): a short note
 * in both languages and the whole story as plain text, so the page is never blank. Built only
 * from the story data and plain elements: nothing here can fail the same way.
 */
import { plainText } from '@/content/markdown';
import { story } from '@/content/story';
import { otherLang } from '@/lib/i18n/language';
import { initialLanguage } from './use-language';

const note = {
  es: 'Esta parte de la página no se pudo cargar. Aquí está la historia como texto; vuelve a cargar la página para intentarlo de nuevo.',
  en: 'This part of the page could not load. Here is the story as text; reload the page to try again.',
} as const;
const reload = { es: 'Volver a cargar', en: 'Reload' } as const;

export function PlainStory() {
  const lang = initialLanguage();
  const other = otherLang(lang);
  return (
    <div className="plain-story" lang={lang}>
      <div className="plain-story-note" role="alert">
        <p>{note[lang]}</p>
        <p lang={other}>{note[other]}</p>
        <button type="button" onClick={() => location.reload()}>
          {reload[lang]} · <span lang={other}>{reload[other]}</span>
        </button>
      </div>
      <main>
        <h1>{story.settings.title[lang]}</h1>
        {story.chapters.map((chapter) => (
          <section key={chapter.id} id={chapter.id} aria-labelledby={`plain-${chapter.id}`}>
            <h2 id={`plain-${chapter.id}`}>{chapter.title[lang]}</h2>
            {plainText(chapter.body[lang])
              .split('\n')
              .filter((p) => p.trim())
              .map((p, i) => (
                <p key={i}>{p}</p>
              ))}
          </section>
        ))}
      </main>
    </div>
  );
}
