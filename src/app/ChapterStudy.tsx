/** The end of a chapter on the reading page, for language classes: its word list and its questions. */
import type { Chapter } from '@/content/story-types';
import { useLanguageKit } from '@/features/language/use-language-kit';
import { useSessionStore } from '@/lib/session/use-session';

export function ChapterStudy({ chapter }: { chapter: Chapter }) {
  const store = useSessionStore();
  const kit = useLanguageKit();
  if (!kit) return null;
  const { glossary, comprehension } = kit.languageFor(chapter.id);
  return (
    <div className="chapter-study">
      <kit.Comprehension questions={comprehension} />
      <kit.ChapterWords entries={glossary} onWholeGlossary={() => store.move({ type: 'setMode', mode: 'glossary' })} />
    </div>
  );
}
