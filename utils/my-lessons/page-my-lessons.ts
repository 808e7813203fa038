/**
 * The store of the user's own lessons as an extension page uses it: the database opened (and idb
 * loaded) on first use, other pages told of changes, the page's clock and randomness.
 */
import { inPrivateWindow } from '../favorites/private-window';
import { createMyLessonsStore, type MyLessonsStore } from './my-lessons-store';

export function pageMyLessons(): MyLessonsStore {
  return createMyLessonsStore({
    open: async (callbacks) => (await import('../favorites/favorites-db')).openFavoritesDb(callbacks),
    channel: new BroadcastChannel('lesson-tab:my-lessons'),
    // A newer Lesson Tab needs the database: let go of it and come back on the new version.
    onVersionChange: () => location.reload(),
    privateWindow: inPrivateWindow(),
    now: Date.now,
    random: Math.random,
  });
}
