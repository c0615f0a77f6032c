// @vitest-environment jsdom
/** A chapter's day as the card, the slide, the presenter and the handout show it. */
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { story } from '@/content/story';
import { SessionContext } from '@/lib/session/use-session';
import { createSessionStore } from '@/lib/session/session-store';
import type { Lang } from '@/content/constants';
import { StoryDay } from './StoryDay';
import { t } from './ui-strings';

const inferred = story.chapters.find((c) => c.day && c.dayApproximate)!;
const known = story.chapters.find((c) => c.day && !c.dayApproximate)!;

function shown(chapter: typeof inferred, lang: Lang) {
  const store = createSessionStore({ chapter: 0, progress: 0, lang, mode: 'read' }, story.chapters.length);
  return render(<SessionContext.Provider value={store}><StoryDay chapter={chapter} className="d" /></SessionContext.Provider>).container;
}

describe('StoryDay', () => {
  it.each(['en', 'es'] as const)('marks an inferred day with ≈ and says why to screen readers (%s)', (lang) => {
    const el = shown(inferred, lang);
    expect(el.textContent).toBe(`≈ ${t(inferred.day!, lang)} (${t('dayApproximate', lang)})`);
    expect(el.querySelector('[aria-hidden="true"]')?.textContent).toBe('≈ ');
  });

  it('shows a day the sources give as it is', () => {
    expect(shown(known, 'en').textContent).toBe(t(known.day!, 'en'));
  });
});
