import './cast.css';
/** The people in a chapter, as small chips that open their card. */
import { story } from '@/content/story';
import type { Chapter } from '@/content/story-types';
import { charactersIn } from './cast-data';
import { castWords } from './cast-words';
import { Portrait } from './Portrait';
import { useLang } from '@/lib/session/use-session';

/** The DOM id of a character's chip in a chapter: the card sends focus back here. */
export const chipId = (chapterId: string, characterId: string) => `cast-chip-${chapterId}-${characterId}`;

interface Props {
  chapter: Chapter;
  onOpen: (characterId: string) => void;
}

export function CharacterChips({ chapter, onOpen }: Props) {
  const lang = useLang();
  const people = charactersIn(chapter, story.characters);
  if (!people.length) return null;
  const labelId = `${chapter.id}-cast`;
  return (
    <div className="cast-chips">
      <p className="cast-chips-label" id={labelId}>{castWords.inChapter[lang]}</p>
      <ul aria-labelledby={labelId}>
        {people.map((c) => (
          <li key={c.id}>
            <button type="button" id={chipId(chapter.id, c.id)} className="cast-chip" aria-haspopup="dialog" onClick={() => onOpen(c.id)}>
              <Portrait character={c} size={26} />
              {c.name[lang]}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
