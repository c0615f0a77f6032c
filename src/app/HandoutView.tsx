/**
 * The handout for students on its own page (`?mode=handout`, from the Handout button), with
 * Print and Back. PrintHandout puts the same handout into the reading page's print.
 */
import { say } from '@/features/handout/handout-strings';
import { useLang, useSessionStore } from '@/lib/session/use-session';
import { LanguageSwitch } from './LanguageSwitch';
import { StudentHandout } from './StudentHandout';

export function HandoutView() {
  const store = useSessionStore();
  const lang = useLang();
  return (
    <div className="handout-page">
      <header className="handout-view-bar">
        <button type="button" onClick={() => store.move({ type: 'setMode', mode: 'read' })}>{say('back', lang)}</button>
        <button type="button" onClick={() => window.print()}>{say('print', lang)}</button>
        <LanguageSwitch />
        <p className="handout-screen-note">{say('printNote', lang)}</p>
      </header>
      <main>
        <StudentHandout />
      </main>
    </div>
  );
}
