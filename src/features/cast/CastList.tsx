/** Everyone in the story, grouped by storyline; choosing one opens their card. */
import { useEffect, useRef } from 'react';
import { story } from '@/content/story';
import { castWords, fill } from './cast-words';
import { Portrait } from './Portrait';
import { useLang } from '@/lib/session/use-session';

interface Props {
  headingId: string;
  /** The character whose card the reader just left: focus returns to them. */
  returnTo: string | null;
  onOpen: (characterId: string) => void;
}

export function CastList({ headingId, returnTo, onOpen }: Props) {
  const lang = useLang();
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = root.current;
    if (!el?.closest('dialog')?.open) return; // on first opening the dialog places focus itself
    const back = returnTo ? el.querySelector<HTMLElement>(`[data-character="${returnTo}"]`) : null;
    (back ?? el.querySelector<HTMLElement>('[data-autofocus]'))?.focus();
  }, [returnTo]);
  return (
    <div ref={root} className="cast-list">
      <h2 id={headingId} tabIndex={-1} data-autofocus>{castWords.heading[lang]}</h2>
      <p className="cast-intro">{castWords.intro[lang]}</p>
      {Object.keys(story.settings.threads).map((thread) => {
        const people = story.characters.filter((c) => c.thread === thread);
        if (!people.length) return null;
        const groupId = `${headingId}-${thread}`;
        return (
          <section key={thread} aria-labelledby={groupId}>
            <h3 id={groupId} className={`thread-tag thread-tag-${thread} thread-${thread}`}>
              <span aria-hidden="true" className="thread-glyph" />
              {fill(castWords.storyline[lang], { name: story.settings.threads[thread]?.[lang] ?? thread })}
            </h3>
            <ul>
              {people.map((c) => (
                <li key={c.id}>
                  <button type="button" className="cast-item" data-character={c.id} onClick={() => onOpen(c.id)}>
                    <Portrait character={c} size={40} />
                    <span className="cast-item-text">
                      <span className="cast-item-name">{c.name[lang]}</span>
                      <span className="cast-item-relationship">{c.relationship[lang]}</span>
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
