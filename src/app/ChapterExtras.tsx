/** What features add inside a chapter card: its calls, and chips for the people in it. */
import { useMemo } from 'react';
import { story } from '@/content/story';
import type { Chapter } from '@/content/story-types';
import { callsIn } from '@/features/calls/call-data';
import { CallCard } from '@/features/calls/CallCard';
import { CharacterChips } from '@/features/cast/CharacterChips';
import { t } from '@/lib/i18n/ui-strings';
import { useLang, useSessionStore } from '@/lib/session/use-session';

interface Props {
  chapter: Chapter;
  /** The chapter is the one being read (its phone rings). */
  current?: boolean;
  /** Opens a character's card; without it (no cast panel on the page) no chips are shown. */
  onOpenCharacter?: (characterId: string) => void;
}

export function ChapterExtras({ chapter, current = false, onOpenCharacter }: Props) {
  // The same elements while only `current` changes (a new chapter is read): React skips them.
  const chips = useMemo(() => onOpenCharacter && <CharacterChips chapter={chapter} onOpen={onOpenCharacter} />, [chapter, onOpenCharacter]);
  return (
    <>
      {callsIn(chapter, story.calls).map((call) => (
        <CallCard key={call.id} call={call} ringing={current} />
      ))}
      {chips}
      {chapter.id === story.chapters.at(-1)?.id && <TeachLinks />}
    </>
  );
}

/** The story's last chapter (its About page) ends with the teacher page and the activities; not inside an embed. */
function TeachLinks() {
  const store = useSessionStore();
  const lang = useLang();
  if (store.embedded) return null;
  return (
    <p className="teach-links">
      <button type="button" onClick={() => store.move({ type: 'setMode', mode: 'teach' })}>{t('forTeachers', lang)}</button>{' '}
      <button type="button" onClick={() => store.move({ type: 'setMode', mode: 'activities' })}>{t('activities', lang)}</button>
    </p>
  );
}
