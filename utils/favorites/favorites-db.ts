/**
 * The favorites database: its record type, schema version and upgrade steps, and the few
 * transactions the app needs. Each write is one readwrite transaction awaited through `tx.done`.
 * The user's own lessons live in the same database (their transactions are in my-lessons-db).
 */
import {
  type DBSchema,
  type IDBPDatabase,
  type IDBPObjectStore,
  type IDBPTransaction,
  openDB,
  type StoreNames,
  unwrap,
} from 'idb';
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

/**
 * When this device removed a favorite (and, if it was saved again since by an import or a
 * restore with an older save date, when): what sync carries so a favorite removed here does not
 * come back from another device (utils/favorites-sync/). Written in the same transaction as the
 * removal itself, so no sync pass can see one without the other.
 */
export interface Removal {
  lessonId: string;
  removedAt: number;
  readdedAt?: number;
}

export interface FavoritesSchema extends DBSchema {
  favorites: { key: string; value: Favorite; indexes: { 'by-savedAt': number } };
  lessons: { key: string; value: MyLesson; indexes: { 'by-updatedAt': number } };
  removals: { key: string; value: Removal };
}

export type FavoritesDb = IDBPDatabase<FavoritesSchema>;

export const DB_NAME = 'lesson-tab';
/**
 * 1: the favorites store keyed by lesson id. 2: an index on savedAt for newest-first listing.
 * 3: the user's own lessons. Since this version, favorite records may also carry the user's note
 * and its time (`note`, `noteAt`): plain fields, nothing to index, so no upgrade step. Older
 * records have neither (or, from an imported file, a note without a time) and read as they are.
 * 4: the removal markers favorites sync needs (`removals`).
 */
export const DB_VERSION = 4;

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
  if (oldVersion < 4) db.createObjectStore('removals', { keyPath: 'lessonId' });
}

type RemovalsStore = IDBPObjectStore<FavoritesSchema, StoreNames<FavoritesSchema>[], 'removals', 'readwrite'>;

/** Marks favorites removed `at`, in the transaction that removes them. */
export function markRemoved(
  store: RemovalsStore,
  lessonIds: readonly string[],
  at: number,
): Promise<unknown>[] {
  return lessonIds.map((lessonId) => store.put({ lessonId, removedAt: at }));
}

/**
 * Of the favorites just written, marks those that were not `present` before as saved again `at`
 * (an import or a restore can bring one back with a save date older than its removal): sync then
 * counts it as saved at that time, not removed. One that was kept keeps its sync time.
 */
export async function markReadded(
  store: RemovalsStore,
  written: Iterable<string>,
  present: Iterable<string>,
  at: number,
): Promise<void> {
  const here = new Set(present);
  await Promise.all(
    [...written]
      .filter((lessonId) => !here.has(lessonId))
      .map(async (lessonId) => {
        const removal = await store.get(lessonId);
        if (removal) await store.put({ ...removal, readdedAt: at });
      }),
  );
}

/** The records of both stores as they were at one moment (what a safety copy holds). */
export interface StoredRecords {
  favorites: Favorite[];
  lessons: MyLesson[];
}

export interface OpenCallbacks {
  /** Another tab holds an older connection and has not closed it yet. */
  onBlocked?: () => void;
  /** A newer version wants to open: this connection has been closed, the page should reload. */
  onVersionChange?: () => void;
  /** The browser closed the connection abnormally. */
  onTerminated?: () => void;
  /**
   * An upgrade is about to run: the records as the old version left them, read first in its
   * transaction. Whichever page opens the database first upgrades it, so by default every opener
   * hands them to the safety copy (utils/safety-copy/).
   */
  beforeUpgrade?: (old: Promise<StoredRecords>) => void;
}

/** The safety copy's code loads only when an upgrade runs (once per new database version). */
const keepSafetyCopy = (old: Promise<StoredRecords>) => {
  void import('../safety-copy/page-safety-copy')
    .then((module) => module.keepCopyBeforeUpgrade(old))
    .catch(() => undefined);
};

/**
 * Reads every record of a store with a raw request whose failure is handled here: an unhandled
 * failed request would abort the versionchange transaction, and so the upgrade itself.
 */
function readAll(tx: IDBTransaction, name: StoreNames<FavoritesSchema>): Promise<unknown[]> {
  if (!tx.objectStoreNames.contains(name)) return Promise.resolve([]);
  return new Promise((resolve) => {
    try {
      const request = tx.objectStore(name).getAll();
      request.onsuccess = () => resolve(request.result);
      request.onerror = (event) => {
        event.preventDefault();
        event.stopPropagation();
        resolve([]);
      };
    } catch {
      resolve([]);
    }
  });
}

/** The old records, requested before any upgrade step, so they are read as the old version left them. */
function readOldRecords(
  tx: IDBPTransaction<FavoritesSchema, StoreNames<FavoritesSchema>[], 'versionchange'>,
): Promise<StoredRecords> {
  const raw = unwrap(tx);
  return Promise.all([readAll(raw, 'favorites'), readAll(raw, 'lessons')]).then(([favorites, lessons]) => ({
    favorites: favorites as Favorite[],
    lessons: lessons as MyLesson[],
  }));
}

export async function openFavoritesDb(callbacks: OpenCallbacks = {}, name = DB_NAME): Promise<FavoritesDb> {
  const db = await openDB<FavoritesSchema>(name, DB_VERSION, {
    upgrade: (database, oldVersion, _newVersion, tx) => {
      if (oldVersion > 0) (callbacks.beforeUpgrade ?? keepSafetyCopy)(readOldRecords(tx));
      upgrade(database, oldVersion, tx);
    },
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
export async function setFavorite(
  db: FavoritesDb,
  favorite: Favorite,
  on: boolean,
  at: number = Date.now(),
): Promise<void> {
  const tx = db.transaction(['favorites', 'removals'], 'readwrite');
  const favorites = tx.objectStore('favorites');
  const work = async () => {
    const there = (await favorites.getKey(favorite.lessonId)) !== undefined;
    if (!on && there)
      await Promise.all([
        favorites.delete(favorite.lessonId),
        ...markRemoved(tx.objectStore('removals'), [favorite.lessonId], at),
      ]);
    else if (on && !there)
      // Saved again (Undo keeps the first save date): sync counts it as saved now.
      await Promise.all([
        favorites.put(favorite),
        markReadded(tx.objectStore('removals'), [favorite.lessonId], [], at),
      ]);
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

export async function removeFavorite(
  db: FavoritesDb,
  lessonId: string,
  at: number = Date.now(),
): Promise<void> {
  const tx = db.transaction(['favorites', 'removals'], 'readwrite');
  const work = async () => {
    if ((await tx.objectStore('favorites').getKey(lessonId)) === undefined) return;
    await Promise.all([
      tx.objectStore('favorites').delete(lessonId),
      ...markRemoved(tx.objectStore('removals'), [lessonId], at),
    ]);
  };
  await Promise.all([work(), tx.done]);
}

/** Merges imported favorites with the stored ones in one transaction: all or nothing. */
export async function importFavorites(
  db: FavoritesDb,
  incoming: readonly Favorite[],
  at: number = Date.now(),
): Promise<MergeResult> {
  const tx = db.transaction(['favorites', 'removals'], 'readwrite');
  const store = tx.objectStore('favorites');
  const work = async () => {
    const stored = await store.getAll();
    const result = mergeFavorites(stored, incoming);
    await Promise.all(result.write.map((favorite) => store.put(favorite)));
    const written = result.write.map((favorite) => favorite.lessonId);
    const present = stored.map((favorite) => favorite.lessonId);
    await markReadded(tx.objectStore('removals'), written, present, at);
    return result;
  };
  const [result] = await Promise.all([work(), tx.done]);
  return result;
}

export async function clearFavorites(db: FavoritesDb, at: number = Date.now()): Promise<void> {
  const tx = db.transaction(['favorites', 'removals'], 'readwrite');
  const work = async () => {
    const ids = await tx.objectStore('favorites').getAllKeys();
    await Promise.all([
      tx.objectStore('favorites').clear(),
      ...markRemoved(tx.objectStore('removals'), ids, at),
    ]);
  };
  await Promise.all([work(), tx.done]);
}
