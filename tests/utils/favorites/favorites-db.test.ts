import { beforeEach, describe, expect, it } from 'vitest';
import {
  DB_VERSION,
  importFavorites,
  listFavorites,
  openFavoritesDb,
  removeFavorite,
  setFavorite,
} from '../../../utils/favorites/favorites-db';
import {
  createV1Database,
  createV2Database,
  freshIndexedDb,
  sampleFavorite,
  V1_RECORDS,
  V2_RECORDS,
} from './favorites-test-kit';

describe('favorites database', () => {
  beforeEach(freshIndexedDb);

  it('stores the intended state: saving twice keeps one record and the first savedAt', async () => {
    const db = await openFavoritesDb();
    await setFavorite(db, sampleFavorite('a', 1000), true);
    await setFavorite(db, sampleFavorite('a', 2000), true);
    expect(await listFavorites(db)).toEqual([sampleFavorite('a', 1000)]);
    await setFavorite(db, sampleFavorite('a'), false);
    await setFavorite(db, sampleFavorite('a'), false);
    expect(await listFavorites(db)).toEqual([]);
  });

  it('lists newest first', async () => {
    const db = await openFavoritesDb();
    await setFavorite(db, sampleFavorite('old', 1), true);
    await setFavorite(db, sampleFavorite('new', 3), true);
    await setFavorite(db, sampleFavorite('mid', 2), true);
    expect((await listFavorites(db)).map((f) => f.lessonId)).toEqual(['new', 'mid', 'old']);
  });

  it('upgrades a version 1 database without losing anything', async () => {
    (await createV1Database('lesson-tab')).close();
    const db = await openFavoritesDb();
    expect(db.version).toBe(DB_VERSION);
    expect(db.objectStoreNames.contains('favorites')).toBe(true);
    expect(await listFavorites(db)).toEqual(V1_RECORDS.toSorted((a, b) => b.savedAt - a.savedAt));
    expect(db.objectStoreNames.contains('lessons')).toBe(true);
  });

  it('upgrades a version 2 database to 3: every favorite unchanged, the index intact, no lessons yet', async () => {
    const old = await createV2Database('lesson-tab');
    expect(old.version).toBe(2);
    old.close();
    const db = await openFavoritesDb();
    expect(db.version).toBe(3);
    for (const record of V2_RECORDS) expect(await db.get('favorites', record.lessonId)).toEqual(record);
    expect(await db.count('favorites')).toBe(V2_RECORDS.length);
    // The fixture's hard cases, named so that a trimmed fixture cannot pass silently.
    expect((await db.get('favorites', 'three-years-of-zero-revenue'))?.note).toMatch(/« patience » 🚀$/);
    expect((await db.get('favorites', 'hold-steady-in-the-storm'))?.snapshot.title).toBe(
      'In a storm, stay off the roof',
    );
    expect(await listFavorites(db)).toEqual(V2_RECORDS.toSorted((a, b) => b.savedAt - a.savedAt));
    const newest = V2_RECORDS.reduce((a, b) => (b.savedAt > a.savedAt ? b : a));
    expect(
      await db.getAllKeysFromIndex('favorites', 'by-savedAt', IDBKeyRange.lowerBound(newest.savedAt)),
    ).toEqual([newest.lessonId]);
    expect([...db.objectStoreNames].toSorted()).toEqual(['favorites', 'lessons']);
    expect(db.transaction('lessons').store.keyPath).toBe('id');
    expect([...db.transaction('lessons').store.indexNames]).toEqual(['by-updatedAt']);
    expect(await db.count('lessons')).toBe(0);
  });

  it('removes one favorite and leaves the others', async () => {
    const db = await openFavoritesDb();
    await setFavorite(db, sampleFavorite('a'), true);
    await setFavorite(db, sampleFavorite('b'), true);
    await removeFavorite(db, 'a');
    expect((await listFavorites(db)).map((f) => f.lessonId)).toEqual(['b']);
  });

  it('imports by merging: new ones added, newer ones updated, older ones skipped', async () => {
    const db = await openFavoritesDb();
    await setFavorite(db, sampleFavorite('kept', 500), true);
    await setFavorite(db, sampleFavorite('refreshed', 100), true);
    const result = await importFavorites(db, [
      sampleFavorite('kept', 400),
      sampleFavorite('refreshed', 200),
      sampleFavorite('new', 300),
    ]);
    expect([result.added, result.updated, result.skipped]).toEqual([1, 1, 1]);
    expect((await listFavorites(db)).map((f) => [f.lessonId, f.savedAt])).toEqual([
      ['kept', 500],
      ['new', 300],
      ['refreshed', 200],
    ]);
  });
});
