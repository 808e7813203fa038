/**
 * The interface's language: the browser's, unless the settings pin one. Messages come from the
 * bundled catalogs (the same text is generated into _locales for the manifest), so a change of
 * language applies live, which browser.i18n.getMessage cannot do. English is always at hand;
 * other languages load as one chunk when needed.
 */
import type { Lang, Theme } from '../../data/lesson';
import { MESSAGES_EN, type MessageKey, type Messages } from '../../data/messages-en';
import type { Translations } from './localize-lesson';

export type MessageValues = Readonly<Record<string, string | number>>;
export type Translate = (key: MessageKey, values?: MessageValues) => string;

/** A language's interface words, and the deck's words when they are not the deck's own English. */
export interface LanguagePack {
  lang: Lang;
  messages: Messages;
  lessons?: Translations;
}

export const ENGLISH: LanguagePack = { lang: 'en', messages: MESSAGES_EN };

// Lives beside uiLanguage so the first-frame script can use it without the catalogs.
export { resolveLanguage } from './ui-language';

export async function loadLanguage(lang: Lang): Promise<LanguagePack> {
  if (lang === 'en') return ENGLISH;
  const { MESSAGES_FR, LESSONS_FR } = await import('../../data/french');
  return { lang, messages: MESSAGES_FR, lessons: LESSONS_FR };
}

export function translator(messages: Messages): Translate {
  return (key, values) =>
    messages[key].replace(/\{(\w+)\}/g, (match, name: string) =>
      values?.[name] === undefined ? match : String(values[name]),
    );
}

/** 'going-global' → 'themeGoingGlobal'. */
export function themeKey(theme: Theme): MessageKey {
  return `theme${theme.replace(/(^|-)(\w)/g, (_m, _dash, letter: string) => letter.toUpperCase())}` as MessageKey;
}
