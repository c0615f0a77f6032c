/**
 * The presenter window (`?mode=presenter`, opened from the slides with S): notes, questions,
 * what comes next and a timer, in step with the projector over the deck channel.
 */
import '@/features/present/present.css';
import { useEffect } from 'react';
import { story } from '@/content/story';
import type { DeckCommand } from '@/features/present/deck-input';
import { PresenterPanel } from '@/features/present/PresenterPanel';
import { say } from '@/features/present/present-strings';
import { useDeckKeys } from '@/features/present/use-deck-keys';
import { useFullscreen } from '@/features/present/use-fullscreen';
import { useLang } from '@/lib/session/use-session';
import { LanguageSwitch } from './LanguageSwitch';
import { useDeckDriver } from './use-deck-driver';

const chapters = story.chapters;

export function PresenterView() {
  const lang = useLang();
  const { state, act } = useDeckDriver('presenter');
  const fullscreen = useFullscreen();
  const chapter = chapters[state.index];

  // Overview, the presenter window, kiosk playback, the other language and leaving belong to the projector window.
  const run = (command: DeckCommand) => {
    if (command.type === 'fullscreen') fullscreen.toggle();
    else if (command.type !== 'presenter' && command.type !== 'exit' && command.type !== 'toggleOverview' && command.type !== 'kiosk' && command.type !== 'otherLanguage') act(command);
  };
  useDeckKeys(false, run);

  useEffect(() => {
    document.title = `${say('presenterWindow', lang)} · ${story.settings.title[lang]}`;
  }, [lang]);

  if (!chapter) return null;
  return (
    <PresenterPanel chapter={chapter} next={chapters[state.index + 1]} index={state.index} total={state.total}
      blank={state.blank} run={run}>
      <LanguageSwitch />
    </PresenterPanel>
  );
}
