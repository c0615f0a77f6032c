/** The opening screen: what the film is, in one line, and where the credits are. */
import { story } from '@/content/story';
import { t } from '@/lib/i18n/ui-strings';
import { useLang } from '@/lib/session/use-session';

export function Cover() {
  const lang = useLang();
  const { title, subtitle, premise, credits, creditsChapter } = story.settings;
  const first = story.chapters[0];
  return (
    <header className="cover">
      <p className="cover-subtitle">{subtitle[lang]}</p>
      <h1 className="cover-title">{title[lang]}</h1>
      <p className="cover-premise">{premise[lang]}</p>
      <p className="cover-links">
        {first && <a className="button" href={`#${first.id}`}>{t('startReading', lang)} ↓</a>}
        {creditsChapter && <a href={`#${creditsChapter}`}>{credits[lang]}</a>}
      </p>
    </header>
  );
}
