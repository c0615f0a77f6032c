/**
 * A chapter's day, as the chapter card and the slide show it: "≈ Tuesday" when the sources
 * do not say the day and the story infers it (as the week bar marks it), with the reason
 * spoken to screen readers in place of the sign.
 */
import type { Chapter } from '@/content/story-types';
import { useLang } from '@/lib/session/use-session';
import { t } from './ui-strings';

export function StoryDay({ chapter, className }: { chapter: Chapter; className: string }) {
  const lang = useLang();
  if (!chapter.day) return null;
  if (!chapter.dayApproximate) return <span className={className}>{t(chapter.day, lang)}</span>;
  return (
    <span className={className} title={t('dayApproximate', lang)}>
      <span aria-hidden="true">≈ </span>
      {t(chapter.day, lang)}
      <span className="visually-hidden"> ({t('dayApproximate', lang)})</span>
    </span>
  );
}
