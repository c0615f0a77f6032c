import { otherLang } from '@/lib/i18n/language';
import { t } from '@/lib/i18n/ui-strings';
import { useLang, useSessionStore } from '@/lib/session/use-session';

/** A visible switch to the other language; the mode's driver keeps the reader's place. */
export function LanguageSwitch() {
  const store = useSessionStore();
  const lang = useLang();
  const other = otherLang(lang);
  return (
    <button type="button" className="lang-switch" lang={other} aria-label={t('switchToLabel', lang)} onClick={() => store.move({ type: 'setLanguage', lang: other })}>
      <span aria-hidden="true">{lang === 'es' ? 'ES' : 'EN'} → </span>
      {t('switchTo', lang)}
    </button>
  );
}
