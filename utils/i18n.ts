/**
 * The interface's language: the browser's, unless the settings pin one. Messages come from the
 * bundled catalogs (the same text is generated into _locales for the manifest), so a change of
 * language applies live, which browser.i18n.getMessage cannot do.
 */
import type { Lang, Theme } from '../data/lesson';
import { MESSAGES_EN, type MessageKey, type Messages } from '../data/messages-en';
import { MESSAGES_FR } from '../data/messages-fr';
import type { LanguageSetting } from './settings';

export type MessageValues = Readonly<Record<string, string | number>>;
export type Translate = (key: MessageKey, values?: MessageValues) => string;

export const CATALOGS: Readonly<Record<Lang, Messages>> = { en: MESSAGES_EN, fr: MESSAGES_FR };

export function resolveLanguage(setting: LanguageSetting, browserLanguage: string): Lang {
  if (setting !== 'auto') return setting;
  return browserLanguage.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

export function translator(lang: Lang): Translate {
  const messages = CATALOGS[lang];
  return (key, values) =>
    messages[key].replace(/\{(\w+)\}/g, (match, name: string) =>
      values?.[name] === undefined ? match : String(values[name]),
    );
}

/** 'going-global' → 'themeGoingGlobal'. */
export function themeKey(theme: Theme): MessageKey {
  return `theme${theme.replace(/(^|-)(\w)/g, (_m, _dash, letter: string) => letter.toUpperCase())}` as MessageKey;
}
