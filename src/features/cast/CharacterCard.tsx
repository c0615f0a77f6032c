/** One character's card: who they are, who plays them, where and in which chapters they appear. */
import { useEffect, useRef, type MouseEvent } from 'react';
import type { Place } from '@/content/schema';
import { castDetails } from '@/content/cast-details';
import type { ReaderCharacter as Character } from '@/content/story-types';
import { placeById, story, threadName } from '@/content/story';
import type { Chapter } from '@/content/story-types';
import { chaptersWith } from './cast-data';
import { castWords, fill } from './cast-words';
import { Portrait } from './Portrait';
import { useLang } from '@/lib/session/use-session';

interface Props {
  character: Character;
  headingId: string;
  onGoToChapter: (chapter: Chapter) => void;
}

export function CharacterCard({ character, headingId, onGoToChapter }: Props) {
  const lang = useLang();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    // On first opening the dialog places focus itself; switching from the list lands here.
    if (heading.current?.closest('dialog')?.open) heading.current.focus();
  }, []);
  const w = castWords;
  const d = castDetails(character.id);
  const places = character.places.map(placeById).filter((p): p is Place => p !== undefined);
  const chapters = chaptersWith(character.id, story.chapters);
  const follow = (chapter: Chapter) => (e: MouseEvent) => {
    e.preventDefault();
    onGoToChapter(chapter);
  };
  return (
    <article className={`cast-card thread-${character.thread}`}>
      <header className="cast-card-head">
        <Portrait character={character} size={88} />
        <div>
          <h2 id={headingId} ref={heading} tabIndex={-1} data-autofocus>{character.name[lang]}</h2>
          <p className="cast-role">{d.role[lang]}</p>
        </div>
      </header>
      <dl className="cast-facts">
        <dt>{w.relationship[lang]}</dt>
        <dd>{d.relationship[lang]}</dd>
        <dt>{w.thread[lang]}</dt>
        <dd>
          <span className={`thread-tag thread-tag-${character.thread}`}>
            <span aria-hidden="true" className="thread-glyph" />
            {threadName(character.thread, lang)}
          </span>
        </dd>
        <dt>{w.actor[lang]}</dt>
        <dd>
          {character.actor ?? <em>{w.unconfirmed[lang]}</em>}
          {d.actorNote && <span className="cast-note">{d.actorNote[lang]}</span>}
        </dd>
        {places.length > 0 && (
          <>
            <dt>{w.places[lang]}</dt>
            <dd>
              <ul className="cast-places">
                {places.map((p) => (
                  <li key={p.id}>
                    {p.name[lang]}
                    {p.approximate && <span className="cast-approx"> ≈ <span className="visually-hidden">{w.approximate[lang]}</span></span>}
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
        {chapters.length > 0 && (
          <>
            <dt>{w.chapters[lang]}</dt>
            <dd>
              <ul className="cast-chapters">
                {chapters.map((c) => (
                  <li key={c.id} className={`thread-${c.thread}`}>
                    <a href={`#${c.id}`} onClick={follow(c)}>
                      {fill(w.chapterLink[lang], { n: c.index + 1, title: c.title[lang] })}
                    </a>
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
      </dl>
    </article>
  );
}
