/**
 * The favorites store as an extension page uses it: the database opened (and its code loaded)
 * on first use, other pages told of changes, and the page's browser context.
 */
import { takeDailyCopyLater } from '../safety-copy/page-safety-copy';
import { createFavoritesStore, type FavoritesStore } from './favorites-store';
import { inPrivateWindow } from './private-window';

export function pageFavorites(): FavoritesStore {
  return createFavoritesStore({
    open: async (callbacks) => (await import('./favorites-db')).openFavoritesDb(callbacks),
    channel: new BroadcastChannel('lesson-tab:favorites'),
    // A newer Lesson Tab needs the database: let go of it and come back on the new version.
    onVersionChange: () => location.reload(),
    privateWindow: inPrivateWindow(),
    persist: async () => navigator.storage?.persist?.(),
    // Once the database has been read: the day's safety copy, in an idle moment.
    onRead: takeDailyCopyLater,
  });
}
