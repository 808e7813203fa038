/**
 * The browser's interface language, read synchronously for the first frame. It goes straight to
 * the extension API (the same call in Chrome and Firefox) rather than through the polyfill, which
 * only loads after the first frame.
 */
export function uiLanguage(): string {
  const api = (globalThis as { chrome?: { i18n?: { getUILanguage?: () => string } } }).chrome;
  return api?.i18n?.getUILanguage?.() ?? navigator.language;
}
