/** Shared helpers for the favorites tests: fresh fake databases, sample favorites, a v1 fixture. */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import type { Favorite } from '../../../utils/favorites/favorites-db';
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

export function domError(name: string, message = name): DOMException {
  return new DOMException(message, name);
}
