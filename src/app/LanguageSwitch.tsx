import type { Lang } from '@/content/schema';
import { otherLang } from '@/lib/i18n/language';
import { t } from '@/lib/i18n/ui-strings';

/** A visible switch to the other language; the reader's place is kept by the caller. */
export function LanguageSwitch({ lang, onChange }: { lang: Lang; onChange: (lang: Lang) => void }) {
  const other = otherLang(lang);
  return (
    <button type="button" className="lang-switch" lang={other} aria-label={t('switchToLabel', lang)} onClick={() => onChange(other)}>
      <span aria-hidden="true">{lang === 'es' ? 'ES' : 'EN'} → </span>
      {t('switchTo', lang)}
    </button>
  );
}
