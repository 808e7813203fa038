import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Lang } from '../data/lesson';
import { type Translate, translator } from './i18n';

export interface I18nValue {
  lang: Lang;
  t: Translate;
}

/** English unless a page provides another language (so components render alone in tests). */
export const I18nContext = createContext<I18nValue>({ lang: 'en', t: translator('en') });

export function useI18n(): I18nValue {
  return useContext(I18nContext);
}
