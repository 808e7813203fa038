/**
 * Favorites sync as an extension page runs it, after its first paint: the browser's storage
 * areas, this database, our deck for the snapshots, and the page's favorites store, whose changes
 * start a pass and whose view is refreshed when a pass changes the database.
 */
import { lessonById } from '../deck/lesson-by-id';
import { favoriteFromLesson } from '../favorites/favorite-snapshot';
import { openFavoritesDb } from '../favorites/favorites-db';
import type { FavoritesStore } from '../favorites/favorites-store';
import { isMyLessonId } from '../my-lessons/my-lesson';
import { createFavoritesSync, type FavoritesSync, problemOf } from './sync-engine';
import { SHARD_PREFIX } from './sync-shards';

/** How long after a rate-limit error the next pass is tried. */
const RATE_PAUSE_MS = 60_000;

export interface PageSync {
  sync: FavoritesSync;
  stop(): void;
}

export async function startPageSync(favorites: FavoritesStore): Promise<PageSync> {
  const { browser } = await import('wxt/browser');
  const channel = new BroadcastChannel('lesson-tab:favorites');
  const sync = createFavoritesSync({
    sync: browser.storage.sync,
    open: () => openFavoritesDb(),
    snapshotOf: (id) => {
      const lesson = lessonById(id);
      return lesson && favoriteFromLesson(lesson, 0).snapshot;
    },
    // The user's own lessons do not sync: another device could only show an empty card.
    syncs: (id) => !isMyLessonId(id),
    announce: () => channel.postMessage({ type: 'favorites-changed' }),
    now: Date.now,
  });
  let retry: ReturnType<typeof setTimeout> | undefined;
  const unwatchState = sync.subscribe(() => {
    const { status, problem } = sync.getState();
    if (status === 'error' && problem === 'rate') {
      clearTimeout(retry);
      retry = setTimeout(() => void sync.pass(), RATE_PAUSE_MS);
    }
  });
  // Another device's change arrives here; a pass brings it into the database.
  const onChanged = (changes: Record<string, unknown>, area: string) => {
    if (area === 'sync' && Object.keys(changes).some((key) => key.startsWith(SHARD_PREFIX))) void sync.pass();
  };
  browser.storage.onChanged.addListener(onChanged);
  // This device's changes, from this page or another (their removal markers are in the database).
  let before = favorites.getState().favorites;
  const unwatchFavorites = favorites.subscribe(() => {
    const { favorites: now } = favorites.getState();
    if (now === before) return;
    before = now;
    sync.changed();
  });
  void sync.pass();
  return {
    sync,
    stop() {
      sync.dispose();
      clearTimeout(retry);
      unwatchState();
      unwatchFavorites();
      browser.storage.onChanged.removeListener(onChanged);
      channel.close();
    },
  };
}

export { problemOf };
