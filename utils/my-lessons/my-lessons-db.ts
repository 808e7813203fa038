/**
 * The user's own lessons in the database they share with the favorites (its `lessons` store, from
 * version 3): the few transactions the pages need. Each write is one readwrite transaction awaited
 * through `tx.done`. Only types come from idb and favorites-db: the connection is passed in.
 */
import type { IDBPObjectStore } from 'idb';
import type { FavoritesDb, FavoritesSchema } from '../favorites/favorites-db';
import { MAX_MY_LESSONS, type MyLesson, type MyLessonDraft, newLessonId } from './my-lesson';

/** Refused: the user would have more than MAX_MY_LESSONS lessons. Nothing was written. */
export class TooManyMyLessonsError extends Error {
  readonly limit = MAX_MY_LESSONS;
  constructor(
    /** How many were stored when the write was refused. */
    readonly stored: number,
    /** How many the write would have added. */
    readonly adding: number,
  ) {
    super(`${stored} lessons and ${adding} more would exceed ${MAX_MY_LESSONS}`);
    this.name = 'TooManyMyLessonsError';
  }
}

type LessonsStore = IDBPObjectStore<FavoritesSchema, ['lessons'], 'lessons', 'readwrite'>;

/** Runs `work` in one readwrite transaction: if it throws, nothing it wrote is kept. */
async function inTransaction<T>(db: FavoritesDb, work: (store: LessonsStore) => Promise<T>): Promise<T> {
  const tx = db.transaction('lessons', 'readwrite');
  const run = async () => {
    try {
      return await work(tx.store);
    } catch (error) {
      // A refused check, or a value that cannot be stored (thrown, so it aborts nothing by itself).
      try {
        tx.abort();
      } catch {
        // A failed request has aborted it already.
      }
      throw error;
    }
  };
  // Awaiting both means an abort is reported once, whichever side sees it first.
  const [result] = await Promise.all([run(), tx.done]);
  return result;
}

async function makeRoom(store: LessonsStore, adding: number): Promise<void> {
  const stored = await store.count();
  if (stored + adding > MAX_MY_LESSONS) throw new TooManyMyLessonsError(stored, adding);
}

/** Every lesson of the user's, the most recently written first. */
export async function listMyLessons(db: FavoritesDb): Promise<MyLesson[]> {
  return (await db.getAllFromIndex('lessons', 'by-updatedAt')).reverse();
}

/** The lessons with these ids that exist, in one read (a new tab reads only the cards it shows). */
export async function getMyLessons(db: FavoritesDb, ids: readonly string[]): Promise<MyLesson[]> {
  const tx = db.transaction('lessons', 'readonly');
  const [found] = await Promise.all([Promise.all(ids.map((id) => tx.store.get(id))), tx.done]);
  return found.filter((lesson): lesson is MyLesson => lesson !== undefined);
}

/** Inserts or replaces the lesson with this id; a new one only while there is room under the cap. */
export function putMyLesson(db: FavoritesDb, lesson: MyLesson): Promise<void> {
  return inTransaction(db, async (store) => {
    if ((await store.getKey(lesson.id)) === undefined) await makeRoom(store, 1);
    await store.put(lesson);
  });
}

/** Deletes one lesson and returns it as it was stored (for Undo); undefined if it was not there. */
export function deleteMyLesson(db: FavoritesDb, id: string): Promise<MyLesson | undefined> {
  return inTransaction(db, async (store) => {
    const lesson = await store.get(id);
    if (lesson) await store.delete(id);
    return lesson;
  });
}

/**
 * Puts a deleted lesson back exactly as it was, times included, so it returns to its place. A
 * second Undo, or one made on another page first, finds it there and changes nothing.
 */
export function restoreMyLesson(db: FavoritesDb, lesson: MyLesson): Promise<void> {
  return inTransaction(db, async (store) => {
    if ((await store.getKey(lesson.id)) !== undefined) return;
    await makeRoom(store, 1);
    await store.add(lesson);
  });
}

/**
 * Adds every draft with a fresh id in one transaction: all or nothing. The times step back a
 * millisecond per row so that, newest first, the list shows the rows in the order given.
 */
export function importMyLessons(
  db: FavoritesDb,
  drafts: readonly MyLessonDraft[],
  now: number,
  random: () => number,
): Promise<MyLesson[]> {
  return inTransaction(db, async (store) => {
    await makeRoom(store, drafts.length);
    const lessons = drafts.map((draft, row): MyLesson => {
      const at = now - row;
      return { ...draft, id: newLessonId(random), createdAt: at, updatedAt: at };
    });
    const writes: Promise<unknown>[] = [];
    try {
      // `add`, not `put`: an id already taken fails the import rather than overwrite a lesson.
      for (const lesson of lessons) writes.push(store.add(lesson));
    } catch (error) {
      // The requests made so far fail with the abort; they are accounted for here.
      void Promise.allSettled(writes);
      throw error;
    }
    await Promise.all(writes);
    return lessons;
  });
}

export function clearMyLessons(db: FavoritesDb): Promise<void> {
  return inTransaction(db, (store) => store.clear());
}
