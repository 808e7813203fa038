import { beforeEach, describe, expect, it } from 'vitest';
import {
  DB_VERSION,
  importFavorites,
  listFavorites,
  openFavoritesDb,
  removeFavorite,
  setFavorite,
  setNote,
} from '../../../utils/favorites/favorites-db';
import {
  createV1Database,
  createV2Database,
  createV3Database,
  freshIndexedDb,
  sampleFavorite,
  V1_RECORDS,
  V2_RECORDS,
  V3_RECORDS,
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

  it('upgrades a version 2 database to the current version: every favorite unchanged, the index intact, no lessons or removals yet', async () => {
    const old = await createV2Database('lesson-tab');
    expect(old.version).toBe(2);
    old.close();
    const db = await openFavoritesDb();
    expect(db.version).toBe(DB_VERSION);
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
    expect([...db.objectStoreNames].toSorted()).toEqual(['favorites', 'lessons', 'removals']);
    expect(db.transaction('lessons').store.keyPath).toBe('id');
    expect([...db.transaction('lessons').store.indexNames]).toEqual(['by-updatedAt']);
    expect(await db.count('lessons')).toBe(0);
    expect(await db.count('removals')).toBe(0);
  });

  it('upgrades a version 3 database to 4: every favorite and lesson as it was, and an empty removals store', async () => {
    expect(DB_VERSION).toBe(4);
    const old = await createV3Database('lesson-tab', V3_RECORDS);
    expect(old.version).toBe(3);
    old.close();
    const db = await openFavoritesDb();
    expect(db.version).toBe(4);
    const byId = <T>(list: readonly T[], id: (item: T) => string) =>
      list.toSorted((a, b) => id(a).localeCompare(id(b)));
    expect(byId(await db.getAll('favorites'), (f) => f.lessonId)).toEqual(
      byId(V3_RECORDS.favorites, (f) => f.lessonId),
    );
    expect(byId(await db.getAll('lessons'), (l) => l.id)).toEqual(byId(V3_RECORDS.lessons, (l) => l.id));
    // The fixture's hard cases, named so that a trimmed fixture cannot pass silently: a note with its
    // time, a note without one, a favorite of the user's own lesson, a lesson in French.
    expect(await db.get('favorites', 'repair-the-roof-in-sunshine')).toMatchObject({
      note: 'Tried it on Monday — « ça marche » 🚀\nSecond line.',
      noteAt: 1_764_237_600_123,
    });
    const untimed = await db.get('favorites', 'three-years-of-zero-revenue');
    expect(untimed?.note).toMatch(/« patience » 🚀$/);
    expect(untimed && 'noteAt' in untimed).toBe(false);
    expect(await db.get('favorites', 'my-k3v9x0q2m7ab')).toBeDefined();
    expect((await db.get('lessons', 'my-0p4r5t6u7w8y'))?.lang).toBe('fr');
    // Both indexes still list every record, in order.
    expect(await listFavorites(db)).toEqual(V3_RECORDS.favorites.toSorted((a, b) => b.savedAt - a.savedAt));
    expect(await db.getAllKeysFromIndex('lessons', 'by-updatedAt')).toEqual(
      V3_RECORDS.lessons.toSorted((a, b) => a.updatedAt - b.updatedAt).map((l) => l.id),
    );
    expect([...db.objectStoreNames].toSorted()).toEqual(['favorites', 'lessons', 'removals']);
    const removals = db.transaction('removals').store;
    expect(removals.keyPath).toBe('lessonId');
    expect([...removals.indexNames]).toEqual([]);
    expect(await db.count('removals')).toBe(0);
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

  it('sets, replaces and clears a note with its time, and leaves the rest of the favorite alone', async () => {
    const db = await openFavoritesDb();
    await setFavorite(db, sampleFavorite('a', 1000), true);
    expect(await setNote(db, 'a', 'Tried it on Monday.', 2000)).toBe(true);
    expect(await db.get('favorites', 'a')).toEqual({
      ...sampleFavorite('a', 1000),
      note: 'Tried it on Monday.',
      noteAt: 2000,
    });
    await setNote(db, 'a', 'It worked.', 3000);
    expect(await db.get('favorites', 'a')).toMatchObject({ note: 'It worked.', noteAt: 3000 });
    // The same words again keep their time.
    await setNote(db, 'a', 'It worked.', 4000);
    expect((await db.get('favorites', 'a'))?.noteAt).toBe(3000);
    // Cleared, it keeps the time it was cleared: sync must not bring back an older note.
    await setNote(db, 'a', undefined, 5000);
    expect(await db.get('favorites', 'a')).toEqual({ ...sampleFavorite('a', 1000), noteAt: 5000 });
  });

  it('never re-creates a favorite removed meanwhile for its note, and says so', async () => {
    const db = await openFavoritesDb();
    expect(await setNote(db, 'gone', 'A note', 1000)).toBe(false);
    expect(await db.count('favorites')).toBe(0);
  });

  it('keeps a version 3 database’s favorites as they were, and gives them notes', async () => {
    (await createV3Database('lesson-tab')).close();
    const db = await openFavoritesDb();
    expect(db.version).toBe(DB_VERSION);
    expect(await listFavorites(db)).toEqual(V2_RECORDS.toSorted((a, b) => b.savedAt - a.savedAt));
    // A note saved before notes had a time is read as it is, and replaced like any other.
    const old = V2_RECORDS.find((record) => record.note);
    expect(old?.noteAt).toBeUndefined();
    await setNote(db, old?.lessonId ?? '', 'Read it again — « patience » 🚀', 2000);
    expect(await db.get('favorites', old?.lessonId ?? '')).toEqual({
      ...old,
      note: 'Read it again — « patience » 🚀',
      noteAt: 2000,
    });
    const plain = V2_RECORDS.find((record) => !record.note);
    await setNote(db, plain?.lessonId ?? '', 'A first note', 3000);
    expect(await db.get('favorites', plain?.lessonId ?? '')).toEqual({
      ...plain,
      note: 'A first note',
      noteAt: 3000,
    });
    expect(await db.count('favorites')).toBe(V2_RECORDS.length);
    // Still listed newest first by the index: a note does not move a favorite.
    expect((await listFavorites(db)).map((f) => f.lessonId)).toEqual(
      V2_RECORDS.toSorted((a, b) => b.savedAt - a.savedAt).map((f) => f.lessonId),
    );
  });
});
