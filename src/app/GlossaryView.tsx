/** The whole glossary on its own page (`?mode=glossary`), with Back and the language switch. */
import '@/features/language/language.css';
import { story } from '@/content/story';
import { WholeGlossary } from '@/features/language/GlossaryPage';
import { say } from '@/features/language/language-strings';
import { useLang } from '@/lib/session/use-session';
import { PageView } from './PageView';

export function GlossaryView() {
  const lang = useLang();
  return (
    <PageView title={say('glossary', lang)} backLabel={say('back', lang)} className="glossary-page">
      <main>
        <WholeGlossary chapters={story.chapters} />
      </main>
    </PageView>
  );
}
