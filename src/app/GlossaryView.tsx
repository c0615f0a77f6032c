/** The whole glossary on its own page (`?mode=glossary`), with Back and the language switch. */
import '@/features/language/language.css';
import { useEffect } from 'react';
import { story } from '@/content/story';
import { WholeGlossary } from '@/features/language/GlossaryPage';
import { say } from '@/features/language/language-strings';
import { useLang, useSessionStore } from '@/lib/session/use-session';
import { LanguageSwitch } from './LanguageSwitch';

export function GlossaryView() {
  const store = useSessionStore();
  const lang = useLang();
  useEffect(() => {
    document.title = `${say('glossary', lang)} · ${story.settings.title[lang]}`;
    window.scrollTo(0, 0);
  }, [lang]);
  return (
    <div className="glossary-page">
      <header className="glossary-bar">
        <button type="button" onClick={() => store.move({ type: 'setMode', mode: 'read' })}>{say('back', lang)}</button>
        <LanguageSwitch />
      </header>
      <main>
        <WholeGlossary chapters={story.chapters} lang={lang} />
      </main>
    </div>
  );
}
