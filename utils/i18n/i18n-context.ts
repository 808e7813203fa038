import { createContext } from 'preact';
import { useContext, useEffect, useMemo, useState } from 'preact/hooks';
import type { Lang } from '../../data/lesson';
import { ENGLISH, type LanguagePack, loadLanguage, type Translate, translator } from './i18n';

export interface I18nValue {
  lang: Lang;
  t: Translate;
}

/** English unless a page provides another language (so components render alone in tests). */
export const I18nContext = createContext<I18nValue>(i18nFor(ENGLISH));

/** A language pack's words as components read them. */
export function i18nFor(pack: LanguagePack): I18nValue {
  return { lang: pack.lang, t: translator(pack.messages) };
}

export function useI18n(): I18nValue {
  return useContext(I18nContext);
}

/**
 * The pack for a language, loading it when the language changes; until it arrives the page
 * keeps the words it has (a live switch only: the first frame gets its pack before rendering).
 */
export function useLanguagePack(lang: Lang, initial: LanguagePack = ENGLISH) {
  const [pack, setPack] = useState(initial);
  useEffect(() => {
    let live = true;
    if (pack.lang !== lang) void loadLanguage(lang).then((loaded) => live && setPack(loaded));
    return () => {
      live = false;
    };
  }, [lang, pack.lang]);
  const i18n = useMemo(() => i18nFor(pack), [pack]);
  return { i18n, lessons: pack.lessons };
}

/** Keeps the document's language and title in step with the interface language. */
export function useDocumentLanguage(lang: string, title: string): void {
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = title;
  }, [lang, title]);
}
