/**
 * The favorites database: its record type, schema version and upgrade steps, and the few
 * transactions the app needs. Each write is one readwrite transaction awaited through `tx.done`.
 * The user's own lessons live in the same database (their transactions are in my-lessons-db).
 */
import { type DBSchema, type IDBPDatabase, type IDBPTransaction, openDB, type StoreNames } from 'idb';
import type { MyLesson } from '../my-lessons/my-lesson';
import { withNote } from './favorite-note';
import { type MergeResult, mergeFavorites } from './favorites-merge';

/** What the user saw when they saved the card, so a favorite survives changes to the deck. */
export interface FavoriteSnapshot {
  title: string;
  body: string;
  tryThis?: string;
  quote?: string;
  speaker?: string;
  themes: string[];
  source?: string;
}

export interface Favorite {
  lessonId: string;
  /** Milliseconds since the epoch. */
  savedAt: number;
  snapshot: FavoriteSnapshot;
  /** The user's own note, at most NOTE_MAX characters (see favorite-note); never empty. */
  note?: string;
  /** When the note last changed (ms): on import, the newer note wins. Absent without a note. */
  noteAt?: number;
}

export interface FavoritesSchema extends DBSchema {
  favorites: { key: string; value: Favorite; indexes: { 'by-savedAt': number } };
  lessons: { key: string; value: MyLesson; indexes: { 'by-updatedAt': number } };
}

export type FavoritesDb = IDBPDatabase<FavoritesSchema>;

export const DB_NAME = 'lesson-tab';
/**
 * 1: the favorites store keyed by lesson id. 2: an index on savedAt for newest-first listing.
 * 3: the user's own lessons. Since this version, favorite records may also carry the user's note
 * and its time (`note`, `noteAt`): plain fields, nothing to index, so no upgrade step. Older
 * records have neither (or, from an imported file, a note without a time) and read as they are.
 */
export const DB_VERSION = 3;

export function upgrade(
  db: FavoritesDb,
  oldVersion: number,
  tx: IDBPTransaction<FavoritesSchema, StoreNames<FavoritesSchema>[], 'versionchange'>,
): void {
  if (oldVersion < 1) db.createObjectStore('favorites', { keyPath: 'lessonId' });
  if (oldVersion < 2) tx.objectStore('favorites').createIndex('by-savedAt', 'savedAt');
  // A new store beside the favorites: adding one leaves every existing record where it is.
  if (oldVersion < 3)
    db.createObjectStore('lessons', { keyPath: 'id' }).createIndex('by-updatedAt', 'updatedAt');
}

export interface OpenCallbacks {
  /** Another tab holds an older connection and has not closed it yet. */
  onBlocked?: () => void;
  /** A newer version wants to open: this connection has been closed, the page should reload. */
  onVersionChange?: () => void;
  /** The browser closed the connection abnormally. */
  onTerminated?: () => void;
}

export async function openFavoritesDb(callbacks: OpenCallbacks = {}, name = DB_NAME): Promise<FavoritesDb> {
  const db = await openDB<FavoritesSchema>(name, DB_VERSION, {
    upgrade: (database, oldVersion, _newVersion, tx) => upgrade(database, oldVersion, tx),
    blocked: () => callbacks.onBlocked?.(),
    blocking: () => {
      db.close();
      callbacks.onVersionChange?.();
    },
    terminated: () => callbacks.onTerminated?.(),
  });
  return db;
}

/** Every favorite, newest first. */
export async function listFavorites(db: FavoritesDb): Promise<Favorite[]> {
  return (await db.getAllFromIndex('favorites', 'by-savedAt')).reverse();
}

/**
 * Stores the intended state, not a flip: saving an already saved card keeps its first savedAt,
 * removing an absent one does nothing, so a repeated or retried call is harmless.
 */
export async function setFavorite(db: FavoritesDb, favorite: Favorite, on: boolean): Promise<void> {
  const tx = db.transaction('favorites', 'readwrite');
  const work = async () => {
    if (!on) await tx.store.delete(favorite.lessonId);
    else if (!(await tx.store.getKey(favorite.lessonId))) await tx.store.put(favorite);
  };
  // Awaiting both means an abort is reported once, whichever side sees it first.
  await Promise.all([work(), tx.done]);
}

/**
 * Sets (or, with undefined, clears) a favorite's note, changed `at`. A favorite removed meanwhile
 * (on another page) is left removed, never re-created for its note: the result says so (false).
 */
export async function setNote(
  db: FavoritesDb,
  lessonId: string,
  note: string | undefined,
  at: number,
): Promise<boolean> {
  const tx = db.transaction('favorites', 'readwrite');
  const work = async () => {
    const favorite = await tx.store.get(lessonId);
    if (!favorite) return false;
    // The same words again keep their time: a retried save changes nothing.
    if (favorite.note !== note) await tx.store.put(withNote(favorite, note, at));
    return true;
  };
  const [found] = await Promise.all([work(), tx.done]);
  return found;
}

export async function removeFavorite(db: FavoritesDb, lessonId: string): Promise<void> {
  const tx = db.transaction('favorites', 'readwrite');
  await Promise.all([tx.store.delete(lessonId), tx.done]);
}

/** Merges imported favorites with the stored ones in one transaction: all or nothing. */
export async function importFavorites(db: FavoritesDb, incoming: readonly Favorite[]): Promise<MergeResult> {
  const tx = db.transaction('favorites', 'readwrite');
  const work = async () => {
    const result = mergeFavorites(await tx.store.getAll(), incoming);
    await Promise.all(result.write.map((favorite) => tx.store.put(favorite)));
    return result;
  };
  const [result] = await Promise.all([work(), tx.done]);
  return result;
}

export async function clearFavorites(db: FavoritesDb): Promise<void> {
  const tx = db.transaction('favorites', 'readwrite');
  await Promise.all([tx.store.clear(), tx.done]);
}
