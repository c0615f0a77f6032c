/**
 * The handout for students on its own page (`?mode=handout`, from the Handout button), with
 * Print and Back. PrintHandout puts the same handout into the reading page's print.
 */
import { story } from '@/content/story';
import { Handout } from '@/features/handout/Handout';
import { say } from '@/features/handout/handout-strings';
import { BASEMAP_URL } from '@/features/map/use-map';
import { LanguageSwitch } from './LanguageSwitch';
import { chapterIndexFromHash } from './use-chapter-hash';
import { useLanguage } from './use-language';

export function HandoutView({ onExit }: { onExit: (chapterId?: string) => void }) {
  const [lang, setLang] = useLanguage(true);
  const back = () => onExit(story.chapters[chapterIndexFromHash(location.hash, story.chapters)]?.id);
  return (
    <div className="handout-page">
      <header className="handout-view-bar">
        <button type="button" onClick={back}>{say('back', lang)}</button>
        <button type="button" onClick={() => window.print()}>{say('print', lang)}</button>
        <LanguageSwitch lang={lang} onChange={setLang} />
        <p className="handout-screen-note">{say('printNote', lang)}</p>
      </header>
      <main>
        <Handout lang={lang} basemapUrl={BASEMAP_URL} />
      </main>
    </div>
  );
}
