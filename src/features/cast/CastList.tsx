/**
 * Everyone in the story, grouped by storyline. In the cast panel (given `onOpen`) each person
 * is a button that opens their card; on paper (the handout) each is a short entry with their
 * relationship, part and actor.
 */
import './cast.css';
import { useEffect, useRef } from 'react';
import { castDetails } from '@/content/cast-details';
import type { ReaderCharacter as Character } from '@/content/story-types';
import { story } from '@/content/story';
import { castWords, fill } from './cast-words';
import { Portrait } from './Portrait';
import { useLang } from '@/lib/session/use-session';

interface Props {
  headingId: string;
  /** The character whose card the reader just left: focus returns to them. */
  returnTo?: string | null;
  /** Opens a character's card; without it the list is for paper. */
  onOpen?: (characterId: string) => void;
}

export function CastList({ headingId, returnTo = null, onOpen }: Props) {
  const lang = useLang();
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = root.current;
    if (!el?.closest('dialog')?.open) return; // on first opening the dialog places focus itself
    const back = returnTo ? el.querySelector<HTMLElement>(`[data-character="${returnTo}"]`) : null;
    (back ?? el.querySelector<HTMLElement>('[data-autofocus]'))?.focus();
  }, [returnTo]);
  return (
    <div ref={root} className={onOpen ? 'cast-list' : 'cast-list is-paper'}>
      <h2 id={headingId} tabIndex={-1} data-autofocus>{(onOpen ? castWords.heading : castWords.paperHeading)[lang]}</h2>
      {onOpen && <p className="cast-intro">{castWords.intro[lang]}</p>}
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
            {onOpen ? (
              <ul>{people.map((c) => <li key={c.id}><CastButton character={c} onOpen={onOpen} /></li>)}</ul>
            ) : (
              <dl>{people.map((c) => <PaperEntry key={c.id} character={c} />)}</dl>
            )}
          </section>
        );
      })}
    </div>
  );
}

function CastButton({ character: c, onOpen }: { character: Character; onOpen: (id: string) => void }) {
  const lang = useLang();
  return (
    <button type="button" className="cast-item" data-character={c.id} onClick={() => onOpen(c.id)}>
      <Portrait character={c} size={40} />
      <span className="cast-item-text">
        <span className="cast-item-name">{c.name[lang]}</span>
        <span className="cast-item-relationship">{castDetails(c.id).relationship[lang]}</span>
      </span>
    </button>
  );
}

function PaperEntry({ character: c }: { character: Character }) {
  const lang = useLang();
  const d = castDetails(c.id);
  const actor = c.actor ? ` ${fill(castWords.playedBy[lang], { actor: c.actor })}.` : d.actorNote ? ` ${d.actorNote[lang]}` : '';
  return (
    <div className={`cast-person thread-${c.thread}`}>
      <dt>{c.name[lang]}</dt>
      <dd>{d.relationship[lang]}. {d.role[lang]}.{actor}</dd>
    </div>
  );
}
