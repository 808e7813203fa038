/**
 * Puts the safety copy back into the database in one readwrite transaction over both stores, all
 * or nothing: favorites through the import's merge (a favorite or note already there and newer is
 * kept), the user's lessons only where missing (one already there is never replaced). The
 * connection is passed in.
 */
import { type FavoritesDb, markReadded, type StoredRecords } from '../favorites/favorites-db';
import { mergeFavorites } from '../favorites/favorites-merge';
import { MAX_MY_LESSONS, type MyLesson } from '../my-lessons/my-lesson';

export interface RestoreSummary {
  /** Favorites the database did not have, and those the copy had a newer card or note of. */
  added: number;
  updated: number;
  lessonsAdded: number;
  /** Lessons missing from the database that did not fit under MAX_MY_LESSONS. */
  lessonsLeft: number;
}

export async function restoreSafetyCopy(
  db: FavoritesDb,
  copy: StoredRecords,
  at: number = Date.now(),
): Promise<RestoreSummary> {
  const tx = db.transaction(['favorites', 'lessons', 'removals'], 'readwrite');
  const favorites = tx.objectStore('favorites');
  const lessons = tx.objectStore('lessons');
  const work = async () => {
    const [saved, lessonIds] = await Promise.all([favorites.getAll(), lessons.getAllKeys()]);
    const merged = mergeFavorites(saved, copy.favorites);
    const have = new Set<string>(lessonIds);
    const room = Math.max(0, MAX_MY_LESSONS - have.size);
    const missing: MyLesson[] = [];
    for (const lesson of copy.lessons) {
      if (have.has(lesson.id)) continue;
      // A lesson listed twice is put back once.
      have.add(lesson.id);
      missing.push(lesson);
    }
    const back = missing.slice(0, room);
    const requests: Promise<unknown>[] = [];
    try {
      for (const favorite of merged.write) requests.push(favorites.put(favorite));
      for (const lesson of back) requests.push(lessons.add(lesson));
      // Sync counts a favorite brought back as saved now, not as removed before.
      const written = merged.write.map((favorite) => favorite.lessonId);
      const present = saved.map((favorite) => favorite.lessonId);
      requests.push(markReadded(tx.objectStore('removals'), written, present, at));
    } catch (error) {
      // A value that cannot be stored throws here and aborts nothing by itself: abort, so the
      // writes made so far are undone; they then fail, and are accounted for.
      try {
        tx.abort();
      } catch {
        // A failed request has aborted it already.
      }
      void Promise.allSettled(requests);
      throw error;
    }
    await Promise.all(requests);
    return {
      added: merged.added,
      updated: merged.updated,
      lessonsAdded: back.length,
      lessonsLeft: missing.length - back.length,
    };
  };
  // Awaiting both means an abort is reported once, whichever side sees it first.
  const [summary] = await Promise.all([work(), tx.done]);
  return summary;
}
