/**
 * The whole glossary on a page of its own: every chapter's words in story order, the reader's
 * language first. Also printed in the handout.
 */
import { glossaryFor } from '@/content/language';
import type { Chapter } from '@/content/story-types';
import { useLang } from '@/lib/session/use-session';
import { GlossList } from './ChapterWords';
import { say } from './language-strings';

interface Props {
  chapters: readonly Chapter[];
  /** The heading level of the page title (h1 on its own page, h2 inside the handout). */
  level?: 1 | 2;
}

export function WholeGlossary({ chapters, level = 1 }: Props) {
  const lang = useLang();
  const H = level === 1 ? 'h1' : 'h2';
  const Sub = level === 1 ? 'h2' : 'h3';
  const withWords = chapters.filter((c) => glossaryFor(c.id).length > 0);
  return (
    <section className="glossary" aria-labelledby="glossary-title" lang={lang}>
      <H id="glossary-title">{say('glossary', lang)}</H>
      <p className="glossary-intro">{say('glossaryIntro', lang)}</p>
      {withWords.map((c) => (
        <section key={c.id} className="glossary-chapter" aria-labelledby={`glossary-${c.id}`}>
          <Sub id={`glossary-${c.id}`}>{c.index + 1}. {c.title[lang]}</Sub>
          <GlossList entries={glossaryFor(c.id)} />
        </section>
      ))}
    </section>
  );
}
