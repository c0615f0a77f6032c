/** The teacher page on its own (`?mode=teach`), from the top bar and the About chapter. */
import { TeacherGuide } from '@/features/teach/TeacherGuide';
import { say } from '@/features/teach/teach-words';
import { useLang, useSessionStore } from '@/lib/session/use-session';
import { PageView } from './PageView';

export function TeachView() {
  const store = useSessionStore();
  const lang = useLang();
  return (
    <PageView title={say('title', lang)} backLabel={say('back', lang)}>
      <main>
        <TeacherGuide activitiesLink={
          <button type="button" className="page-view-link" onClick={() => store.move({ type: 'setMode', mode: 'activities' })}>{say('activities', lang)} →</button>
        } />
      </main>
    </PageView>
  );
}
