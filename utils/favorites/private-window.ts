/**
 * Whether this page is in a private (incognito) window. Firefox gives an extension's pages there
 * their own IndexedDB and localStorage, dropped with the window. Read straight from the extension
 * API (the same synchronous property in Chrome and Firefox), so it costs the first frame nothing.
 */
export function inPrivateWindow(): boolean {
  const api = (globalThis as { chrome?: { extension?: { inIncognitoContext?: boolean } } }).chrome;
  return api?.extension?.inIncognitoContext === true;
}
