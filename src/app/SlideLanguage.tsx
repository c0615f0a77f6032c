/**
 * Under a slide's text: the same text in the other language while parallel reading is on
 * (T in the slides), and the read-aloud control for the slide's text.
 */
import { useCallback, useRef } from 'react';
import type { Chapter } from '@/content/story-types';
import { useLanguageKit } from '@/features/language/use-language-kit';
import { slideText } from '@/content/slides';
import { otherLang } from '@/lib/i18n/language';
import { useLang, useParallel } from '@/lib/session/use-session';

export function SlideLanguage({ chapter }: { chapter: Chapter }) {
  const lang = useLang();
  const parallel = useParallel();
  const kit = useLanguageKit();
  const self = useRef<HTMLDivElement>(null);
  const root = useCallback(() => self.current?.closest('.slide')?.querySelector('.slide-text') ?? null, []);
  const other = otherLang(lang);
  return (
    <div ref={self} className="slide-language">
      {parallel && <p className="slide-text-other" lang={other}>{slideText(chapter, other)}</p>}
      {/* Keyed by slide and language: a new slide or language stops the reading. */}
      {kit && <kit.ReadAloud key={`${chapter.id}-${lang}`} root={root} active what="slide" />}
    </div>
  );
}
