/** The reading page: the scroll story with its top bar (progress, cast, present, handout, share, language). */
import { story } from '@/content/story';
import { ShareButton } from '@/features/embed/ShareButton';
import { handoutWords } from '@/features/handout/handout-words';
import { t } from '@/lib/i18n/ui-strings';
import { ParallelToggle } from '@/features/language/ParallelToggle';
import { useChapterIndex, useLang, useParallel, useSessionStore } from '@/lib/session/use-session';
import { LanguageSwitch } from './LanguageSwitch';
import { PrintHandout } from './PrintHandout';
import { ScrollStory } from './ScrollStory';
import { StoryTopbar } from './StoryTopbar';
import { usePresentKey } from './use-present-key';

export function ReadingView() {
  const store = useSessionStore();
  const lang = useLang();
  const parallel = useParallel();
  const present = () => store.move({ type: 'setMode', mode: 'present' });
  usePresentKey(true, present);
  return (
    <ScrollStory
      className="reading"
      study
      topbar={(castButton) => (
        <StoryTopbar>
          {castButton}
          <button type="button" className="present-button" onClick={present} aria-keyshortcuts="P">{t('present', lang)}</button>
          <button type="button" className="topbar-handout" onClick={() => store.move({ type: 'setMode', mode: 'handout' })}>
            {handoutWords.handout[lang]}
          </button>
          <ChapterShareButton />
          <button type="button" className="topbar-teach" onClick={() => store.move({ type: 'setMode', mode: 'teach' })}>{t('forTeachers', lang)}</button>
          <ParallelToggle on={parallel} onChange={(on) => store.move({ type: 'setParallel', parallel: on })} />
          <LanguageSwitch />
        </StoryTopbar>
      )}
    >
      <PrintHandout />
    </ScrollStory>
  );
}

/** Share, offering the session's chapter: re-rendered on a chapter change, without the page around it. */
function ChapterShareButton() {
  const index = useChapterIndex();
  return <ShareButton chapterId={story.chapters[index]?.id} />;
}
