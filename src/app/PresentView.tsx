/**
 * Classroom presentation: one chapter per slide over the full-screen map, driven by keys,
 * a clicker, buttons or swipes, with a presenter window that follows (see PresenterView).
 */
import '@/features/present/present.css';
import { useEffect, useState } from 'react';
import { story } from '@/content/story';
import type { DeckCommand } from '@/features/present/deck-input';
import { DeckBar, DeckCounter } from '@/features/present/DeckBar';
import { nextKioskSlide } from '@/features/present/kiosk';
import { KioskStatus } from '@/features/present/KioskStatus';
import { openPresenter } from '@/features/present/open-presenter';
import { say } from '@/features/present/present-strings';
import { Slide } from '@/features/present/Slide';
import { SlideOverview } from '@/features/present/SlideOverview';
import { useDeckKeys } from '@/features/present/use-deck-keys';
import { useFullscreen } from '@/features/present/use-fullscreen';
import { useIdle } from '@/features/present/use-idle';
import { useKiosk } from '@/features/present/use-kiosk';
import { useSwipe } from '@/features/present/use-swipe';
import { useLang, useSessionStore } from '@/lib/session/use-session';
import { LanguageSwitch } from './LanguageSwitch';
import { SessionMap } from './SessionMap';
import { SlideLanguage } from './SlideLanguage';
import { useDeckDriver } from './use-deck-driver';
import { kioskFromSearch } from './session-url';
import { useSlideCover } from './use-slide-cover';
import { PrintHandout } from './PrintHandout';

const HEADING_ID = 'slide-title';
/** After this long without mouse or keys the controls fade away, as in slide software (ms). */
const CONTROLS_IDLE_MS = 3000;

export function PresentView() {
  const store = useSessionStore();
  const lang = useLang();
  const { state, act } = useDeckDriver('projector');
  const { index, total, overview, blank } = state;
  const chapter = story.chapters[index];
  const fullscreen = useFullscreen();
  const { side, covers } = useSlideCover();
  const [blocked, setBlocked] = useState(false);
  const [kioskPace] = useState(() => kioskFromSearch(location.search));
  const kiosk = useKiosk(kioskPace, () => act({ type: 'goto', index: nextKioskSlide(index, total) }), overview || blank);
  // Which way the deck last moved, for the direction the text slides in from.
  const [shown, setShown] = useState({ index, direction: 1 });
  if (shown.index !== index) setShown({ index, direction: index > shown.index ? 1 : -1 });
  const run = (command: DeckCommand) => {
    if (command.type === 'fullscreen') fullscreen.toggle();
    else if (command.type === 'presenter') setBlocked(!openPresenter());
    else if (command.type === 'exit') store.move({ type: 'setMode', mode: 'read' });
    else if (command.type === 'kiosk') kiosk.toggle();
    else if (command.type === 'otherLanguage') store.move({ type: 'setParallel', parallel: !store.get().parallel });
    else act(command);
  };
  useDeckKeys(overview, run);
  const swipe = useSwipe(run);
  // The projected image is the slide: its controls step aside while nobody touches them.
  const idle = useIdle(CONTROLS_IDLE_MS, !overview && !blocked);
  // The slide heading takes focus on arrival and when the overview closes, so screen readers start there.
  useEffect(() => {
    if (!overview) document.getElementById(HEADING_ID)?.focus({ preventScroll: true });
  }, [overview]);
  if (!chapter) return null;
  return (
    <div className={`deck${blank ? ' is-blank' : ''}${idle ? ' is-idle' : ''}`} {...swipe}>
      <div className="deck-stage" inert={overview || blank}>
        <section className="deck-map" aria-label={chapter.title[lang]}><SessionMap covers={covers} projector /></section>
        <div className="deck-side" ref={side} data-time={chapter.time}>
          <main><Slide chapter={chapter} direction={shown.direction} headingId={HEADING_ID}><SlideLanguage chapter={chapter} /></Slide></main>
          <nav aria-label={say('slides', lang)}>
            <DeckBar index={index} total={total} fullscreen={fullscreen.active} run={run}><LanguageSwitch /></DeckBar>
            {blocked && <p className="deck-alert" role="alert">{say('popupBlocked', lang)}</p>}
            <DeckCounter index={index} total={total} />
            <KioskStatus state={kiosk.state} />
          </nav>
        </div>
      </div>
      <p className="visually-hidden" role="status" aria-live="polite">{say('slideOf', lang, { n: index + 1, total })}: {chapter.title[lang]}</p>
      {overview && <SlideOverview chapters={story.chapters} index={index} onPick={(i) => act({ type: 'goto', index: i })} onClose={() => act({ type: 'closeOverview' })} />}
      {blank && <div className="deck-blank" onClick={() => act({ type: 'toggleBlank' })}><p className="visually-hidden">{say('blanked', lang)}</p></div>}
      <PrintHandout />
    </div>
  );
}
