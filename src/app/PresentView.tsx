/**
 * Classroom presentation: one chapter per slide over the full-screen map, driven by keys,
 * a clicker, buttons or swipes, with a presenter window that follows (see PresenterView).
 */
import '@/features/present/present.css';
import { useMotionValue } from 'framer-motion';
import { useEffect, useRef, useState } from 'react';
import { story } from '@/content/story';
import { firstChapterAt } from '@/features/map/journey';
import { LazyMapView as MapView } from '@/features/map/LazyMapView';
import { swipeCommand, type DeckCommand } from '@/features/present/deck-input';
import { DeckBar, DeckCounter } from '@/features/present/DeckBar';
import { say } from '@/features/present/present-strings';
import { Slide } from '@/features/present/Slide';
import { SlideOverview } from '@/features/present/SlideOverview';
import { useDeck } from '@/features/present/use-deck';
import { useDeckKeys } from '@/features/present/use-deck-keys';
import { useFullscreen } from '@/features/present/use-fullscreen';
import { LanguageSwitch } from './LanguageSwitch';
import { PrintHandout } from './PrintHandout';
import { chapterIndexFromHash } from './use-chapter-hash';
import { useLanguage } from './use-language';
import { useMapOverlays } from './use-map-overlays';

const chapters = story.chapters;
const ids = chapters.map((c) => c.id);
const HEADING_ID = 'slide-title';

/** Opens (or brings back) the presenter window on the same slide; `false` if pop-ups are blocked. */
function openPresenter(id: string | undefined): boolean {
  const url = new URL(location.href);
  url.searchParams.set('mode', 'presenter');
  url.hash = id ? `#${id}` : '';
  const win = window.open(url, 'under-the-same-moon-presenter', 'popup,width=1100,height=760');
  win?.focus();
  return !!win;
}

export function PresentView({ onExit }: { onExit: (chapterId?: string) => void }) {
  const [lang, setLang] = useLanguage(true);
  const { state, act } = useDeck({ ids, initialIndex: chapterIndexFromHash(location.hash, chapters), role: 'projector', lang, onRemoteLang: setLang });
  const { index, total, overview, blank } = state;
  const chapter = chapters[index];
  const fullscreen = useFullscreen();
  const progress = useMotionValue(1); // the chapter's whole stretch of the journey, drawn
  const overlays = useMapOverlays(index, progress, lang);
  const [blocked, setBlocked] = useState(false);

  // Which way the deck last moved, for the direction the text slides in from.
  const [shown, setShown] = useState({ index, direction: 1 });
  if (shown.index !== index) setShown({ index, direction: index > shown.index ? 1 : -1 });

  const run = (command: DeckCommand) => {
    if (command.type === 'fullscreen') fullscreen.toggle();
    else if (command.type === 'presenter') setBlocked(!openPresenter(ids[index]));
    else if (command.type === 'exit') onExit(ids[index]);
    else act(command);
  };
  useDeckKeys(overview, run);

  // The slide heading takes focus on arrival and when the overview closes, so screen readers start there.
  useEffect(() => {
    if (!overview) document.getElementById(HEADING_ID)?.focus({ preventScroll: true });
  }, [overview]);

  const touch = useRef<{ x: number; y: number } | null>(null);
  if (!chapter) return null;
  return (
    <div
      className={blank ? 'deck is-blank' : 'deck'}
      onTouchStart={(e) => {
        const t = e.touches[0];
        touch.current = e.touches.length === 1 && t ? { x: t.clientX, y: t.clientY } : null;
      }}
      onTouchEnd={(e) => {
        const t = e.changedTouches[0];
        const start = touch.current;
        touch.current = null;
        const command = start && t ? swipeCommand(t.clientX - start.x, t.clientY - start.y) : null;
        if (command) run(command);
      }}
    >
      <div className="deck-stage" inert={overview || blank}>
        <section className="deck-map" aria-label={chapter.title[lang]}>
          <MapView index={index} progress={progress} lang={lang} {...overlays}
            onSelectPlace={(id) => {
              const i = firstChapterAt(id);
              if (i >= 0) act({ type: 'goto', index: i });
            }} />
        </section>
        <div className="deck-side">
          <main>
            <Slide chapter={chapter} lang={lang} direction={shown.direction} headingId={HEADING_ID} />
          </main>
          <nav aria-label={say('slides', lang)}>
            <DeckBar index={index} total={total} lang={lang} fullscreen={fullscreen.active} run={run}>
              <LanguageSwitch lang={lang} onChange={setLang} />
            </DeckBar>
            {blocked && <p className="deck-alert" role="alert">{say('popupBlocked', lang)}</p>}
            <DeckCounter index={index} total={total} lang={lang} />
          </nav>
        </div>
      </div>
      <p className="visually-hidden" role="status" aria-live="polite">
        {say('slideOf', lang, { n: index + 1, total })}: {chapter.title[lang]}
      </p>
      {overview && (
        <SlideOverview chapters={chapters} index={index} lang={lang}
          onPick={(i) => act({ type: 'goto', index: i })} onClose={() => act({ type: 'closeOverview' })} />
      )}
      <PrintHandout lang={lang} />
      {blank && (
        <div className="deck-blank" onClick={() => act({ type: 'toggleBlank' })}>
          <p className="visually-hidden">{say('blanked', lang)}</p>
        </div>
      )}
    </div>
  );
}
