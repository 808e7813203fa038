/** Shared helpers for the favorites tests: fresh fake databases, sample favorites, v1 and v2 fixtures. */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import type { Favorite } from '../../../utils/favorites/favorites-db';
import v2 from '../../fixtures/favorites-db-v2.json';
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

/**
 * Creates the database as the first release of version 3 left it: its three upgrade steps, then
 * the version 2 fixture's favorites, saved before notes had a time (one has a note).
 */
export function createV3Database(name: string): Promise<IDBDatabase> {
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
      const tx = db.transaction('favorites', 'readwrite');
      for (const record of V2_RECORDS) tx.objectStore('favorites').put(record);
      tx.oncomplete = () => resolve(db);
      tx.onerror = () => reject(tx.error);
    };
  });
}

export function domError(name: string, message = name): DOMException {
  return new DOMException(message, name);
}
