/** The teacher page on its own (`?mode=teach`), from the top bar and the About chapter. */
import { TeacherGuide } from '@/features/teach/TeacherGuide';
import { say } from '@/features/teach/teach-words';
import { useLang, useSessionStore } from '@/lib/session/use-session';
import { LanguageSwitch } from './LanguageSwitch';
import { usePageTop } from './use-page-top';

export function TeachView() {
  const store = useSessionStore();
  const lang = useLang();
  usePageTop(say('title', lang));
  return (
    <div className="page-view">
      <header className="page-view-bar">
        <button type="button" onClick={() => store.move({ type: 'setMode', mode: 'read' })}>{say('back', lang)}</button>
        <LanguageSwitch />
      </header>
      <main>
        <TeacherGuide lang={lang} activitiesLink={
          <button type="button" className="page-view-link" onClick={() => store.move({ type: 'setMode', mode: 'activities' })}>{say('activities', lang)} →</button>
        } />
      </main>
    </div>
  );
}
