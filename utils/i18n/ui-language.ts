import type { Lang } from '../../data/lesson';
import type { LanguageSetting } from '../settings/settings';

/**
 * The browser's interface language, read synchronously for the first frame. It goes straight to
 * the extension API (the same call in Chrome and Firefox) rather than through the polyfill, which
 * only loads after the first frame.
 */
export function uiLanguage(): string {
  const api = (globalThis as { chrome?: { i18n?: { getUILanguage?: () => string } } }).chrome;
  return api?.i18n?.getUILanguage?.() ?? navigator.language;
}

/** The language pages are shown in: the setting's, or the browser's for "auto". */
export function resolveLanguage(setting: LanguageSetting, browserLanguage: string): Lang {
  if (setting !== 'auto') return setting;
  return browserLanguage.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}
