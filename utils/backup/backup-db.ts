/**
 * The database side of a backup: reading favorites and lessons together, and replacing both with a
 * backup's in one transaction. Settings live in extension storage, so the page restores them
 * itself. The connection is passed in.
 */
import { type Favorite, type FavoritesDb, markReadded, markRemoved } from '../favorites/favorites-db';
import { MAX_MY_LESSONS, type MyLesson } from '../my-lessons/my-lesson';
import { TooManyMyLessonsError } from '../my-lessons/my-lessons-db';

/** Favorites and lessons as of one moment (newest first, as their lists show them). */
export async function readEverything(
  db: FavoritesDb,
): Promise<{ favorites: Favorite[]; lessons: MyLesson[] }> {
  const tx = db.transaction(['favorites', 'lessons'], 'readonly');
  const [favorites, lessons] = await Promise.all([
    tx.objectStore('favorites').index('by-savedAt').getAll(),
    tx.objectStore('lessons').index('by-updatedAt').getAll(),
    tx.done,
  ]);
  return { favorites: favorites.reverse(), lessons: lessons.reverse() };
}

/**
 * Replaces every favorite and lesson with the backup's, in one readwrite transaction over both
 * stores: all or nothing. If any write fails, the stores are as they were.
 */
export async function restoreBackup(
  db: FavoritesDb,
  favorites: readonly Favorite[],
  lessons: readonly MyLesson[],
  at: number = Date.now(),
): Promise<void> {
  // parseBackup refuses more already; this keeps the cap for any other caller.
  if (lessons.length > MAX_MY_LESSONS) throw new TooManyMyLessonsError(0, lessons.length);
  const tx = db.transaction(['favorites', 'lessons', 'removals'], 'readwrite');
  const favoritesStore = tx.objectStore('favorites');
  const lessonsStore = tx.objectStore('lessons');
  const removals = tx.objectStore('removals');
  // The favorites the backup does not hold are removed: sync is told, like any removal.
  const restored = new Set(favorites.map((favorite) => favorite.lessonId));
  const before = await favoritesStore.getAllKeys();
  // Every request is made at once: they run in order, clears first, and none waits on another.
  const requests: Promise<unknown>[] = [];
  try {
    requests.push(favoritesStore.clear(), lessonsStore.clear());
    for (const favorite of favorites) requests.push(favoritesStore.put(favorite));
    for (const lesson of lessons) requests.push(lessonsStore.put(lesson));
    requests.push(
      ...markRemoved(
        removals,
        before.filter((id) => !restored.has(id)),
        at,
      ),
    );
    requests.push(markReadded(removals, restored, before, at));
  } catch (error) {
    // A value that cannot be stored throws here and aborts nothing by itself: the clears would
    // commit. Aborting undoes them; the requests made so far then fail, and are accounted for.
    try {
      tx.abort();
    } catch {
      // A failed request has aborted it already.
    }
    void Promise.allSettled([...requests, tx.done]);
    throw error;
  }
  await Promise.all([...requests, tx.done]);
}
