/** Shared helpers for the favorites tests: fresh fake databases, sample favorites, v1 to v3 fixtures. */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import type { StoreNames } from 'idb';
import type {
  Favorite,
  FavoritesDb,
  FavoritesSchema,
  Removal,
  StoredRecords,
} from '../../../utils/favorites/favorites-db';
import type { MyLesson } from '../../../utils/my-lessons/my-lesson';
import v2 from '../../fixtures/favorites-db-v2.json';
import v3 from '../../fixtures/favorites-db-v3.json';
import v1 from '../../fixtures/favorites-v1.json';

export function freshIndexedDb(): void {
  globalThis.indexedDB = new IDBFactory();
}

export function sampleFavorite(lessonId: string, savedAt = 1_763_700_000_000): Favorite {
  return {
    lessonId,
    savedAt,
    snapshot: { title: `Title of ${lessonId}`, body: 'A body.', themes: ['failure'], source: 'An article' },
  };
}

export const V1_RECORDS = v1.records as Favorite[];

/** Creates the database as version 1 of Lesson Tab left it, with raw IndexedDB calls. */
export function createV1Database(name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, 1);
    request.onupgradeneeded = () => {
      const store = request.result.createObjectStore('favorites', { keyPath: 'lessonId' });
      for (const record of V1_RECORDS) store.put(record);
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

export const V2_RECORDS = v2.records as Favorite[];

/**
 * Creates the database as version 2 of Lesson Tab left it, with raw IndexedDB calls: its own
 * upgrade steps (the store, then the savedAt index), then the favorites saved as it saved them.
 */
export function createV2Database(name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, 2);
    request.onupgradeneeded = (event) => {
      const db = request.result;
      if (event.oldVersion < 1) db.createObjectStore('favorites', { keyPath: 'lessonId' });
      if (event.oldVersion < 2)
        request.transaction?.objectStore('favorites').createIndex('by-savedAt', 'savedAt');
    };
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      const db = request.result;
      const tx = db.transaction('favorites', 'readwrite');
      for (const record of V2_RECORDS) tx.objectStore('favorites').put(record);
      tx.oncomplete = () => resolve(db);
      tx.onerror = () => reject(tx.error);
    };
  });
}

/** Favorites (notes with and without a time) and the user's own lessons, as version 3 stored them. */
export const V3_RECORDS: StoredRecords = {
  favorites: v3.favorites as Favorite[],
  lessons: v3.lessons as MyLesson[],
};

/**
 * Creates the database as version 3 of Lesson Tab left it: its three upgrade steps, then the
 * records given. By default, as its first release left it: the version 2 fixture's favorites,
 * saved before notes had a time (one has a note), and no lessons yet.
 */
export function createV3Database(
  name: string,
  records: StoredRecords = { favorites: V2_RECORDS, lessons: [] },
): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, 3);
    request.onupgradeneeded = () => {
      const db = request.result;
      db.createObjectStore('favorites', { keyPath: 'lessonId' }).createIndex('by-savedAt', 'savedAt');
      db.createObjectStore('lessons', { keyPath: 'id' }).createIndex('by-updatedAt', 'updatedAt');
    };
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      const db = request.result;
      const tx = db.transaction(['favorites', 'lessons'], 'readwrite');
      for (const record of records.favorites) tx.objectStore('favorites').put(record);
      for (const lesson of records.lessons) tx.objectStore('lessons').put(lesson);
      tx.oncomplete = () => resolve(db);
      tx.onerror = () => reject(tx.error);
    };
  });
}

export function domError(name: string, message = name): DOMException {
  return new DOMException(message, name);
}

/** Reads a property of an idb object bound to it: idb calls methods on the object they came from. */
export const bound = (target: object, key: string | symbol): unknown => {
  const value = Reflect.get(target, key);
  return typeof value === 'function' ? value.bind(target) : value;
};

/**
 * Wraps a database so that a readwrite transaction aborts as soon as it has written a removal
 * marker, as a disk failing at the last moment: everything the transaction wrote is undone.
 */
export function abortingAfterMarker(db: FavoritesDb): FavoritesDb {
  return new Proxy(db, {
    get(target, key) {
      if (key !== 'transaction') return bound(target, key);
      return (...args: Parameters<FavoritesDb['transaction']>) => {
        const tx = target.transaction(...args);
        const objectStore = (name: StoreNames<FavoritesSchema>) => {
          const store = tx.objectStore(name);
          if (name !== 'removals') return store;
          const put = bound(store, 'put') as (value: Removal) => Promise<string>;
          const putThenAbort = (value: Removal) => {
            const request = put(value);
            void request.then(
              () => tx.abort(),
              () => undefined,
            );
            return request;
          };
          return new Proxy(store, { get: (s, k) => (k === 'put' ? putThenAbort : bound(s, k)) });
        };
        return new Proxy(tx, { get: (t, k) => (k === 'objectStore' ? objectStore : bound(t, k)) });
      };
    },
  });
}
