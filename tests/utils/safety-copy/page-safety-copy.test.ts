import { IDBDatabase as FakeDatabase } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DB_VERSION,
  openFavoritesDb,
  type StoredRecords,
  setFavorite,
} from '../../../utils/favorites/favorites-db';
import { putMyLesson } from '../../../utils/my-lessons/my-lessons-db';
import { keepCopyBeforeUpgrade, takeDailyCopy } from '../../../utils/safety-copy/page-safety-copy';
import { DAY_MS, readSafetyCopy, takeSafetyCopy } from '../../../utils/safety-copy/safety-copy-store';
import {
  createV1Database,
  createV2Database,
  createV3Database,
  freshIndexedDb,
  sampleFavorite,
  V1_RECORDS,
  V2_RECORDS,
  V3_RECORDS,
} from '../favorites/favorites-test-kit';
import { HOUR, memoryArea, NOW, records, sampleLesson } from './safety-copy-test-kit';

const byId = <T extends { lessonId: string }>(list: readonly T[]) =>
  list.toSorted((a, b) => a.lessonId.localeCompare(b.lessonId));

describe('the copy before a database upgrade', () => {
  beforeEach(() => {
    freshIndexedDb();
    fakeBrowser.reset();
  });

  it('reads a version 2 database’s favorites inside the upgrade, as version 2 left them', async () => {
    (await createV2Database('lesson-tab')).close();
    const seen: Promise<StoredRecords>[] = [];
    const db = await openFavoritesDb({ beforeUpgrade: (old) => seen.push(old) });
    expect(db.version).toBe(DB_VERSION);
    expect(seen).toHaveLength(1);
    const old = await (seen[0] as Promise<StoredRecords>);
    expect(byId(old.favorites)).toEqual(byId(V2_RECORDS));
    // Version 2 had no store for your own lessons.
    expect(old.lessons).toEqual([]);

    // Kept even though the day's copy was taken an hour before.
    const area = memoryArea();
    await takeSafetyCopy(area, async () => records(['a']), NOW - HOUR, 'daily');
    expect(await keepCopyBeforeUpgrade(Promise.resolve(old), async () => area, NOW)).toBe('taken');
    const copy = await readSafetyCopy(area);
    expect(copy).toMatchObject({ reason: 'upgrade', takenAt: NOW });
    expect(byId(copy?.favorites ?? [])).toEqual(byId(V2_RECORDS));
    expect(copy?.favorites.find((f) => f.lessonId === 'three-years-of-zero-revenue')?.note).toMatch(
      /« patience » 🚀$/,
    );
  });

  it('keeps the copy in storage.local by default, whichever page opens the database first', async () => {
    (await createV2Database('lesson-tab')).close();
    (await openFavoritesDb()).close();
    await vi.waitFor(async () => expect(await readSafetyCopy(browser.storage.local)).toBeDefined());
    const copy = await readSafetyCopy(browser.storage.local);
    expect(copy?.reason).toBe('upgrade');
    expect(byId(copy?.favorites ?? [])).toEqual(byId(V2_RECORDS));
  });

  it('copies a version 3 database’s favorites and lessons before the upgrade to 4 adds its store', async () => {
    (await createV3Database('lesson-tab', V3_RECORDS)).close();
    const seen: Promise<StoredRecords>[] = [];
    const beforeUpgrade = vi.fn((old: Promise<StoredRecords>) => seen.push(old));
    // The upgrade's one step is the new store: the copy is handed over before it.
    const createStore = vi.spyOn(FakeDatabase.prototype, 'createObjectStore');
    const db = await openFavoritesDb({ beforeUpgrade });
    const created = createStore.mock.calls.map(([name]) => name);
    const createdAt = createStore.mock.invocationCallOrder[0] ?? 0;
    createStore.mockRestore();
    expect(db.version).toBe(4);
    expect(created).toEqual(['removals']);
    expect(beforeUpgrade).toHaveBeenCalledTimes(1);
    expect(beforeUpgrade.mock.invocationCallOrder[0]).toBeLessThan(createdAt);
    const old = await (seen[0] as Promise<StoredRecords>);
    expect(byId(old.favorites)).toEqual(byId(V3_RECORDS.favorites));
    expect(old.lessons.toSorted((a, b) => a.id.localeCompare(b.id))).toEqual(
      V3_RECORDS.lessons.toSorted((a, b) => a.id.localeCompare(b.id)),
    );
    // Notes keep their times (or their lack of one) in the copy.
    expect(old.favorites.find((f) => f.lessonId === 'repair-the-roof-in-sunshine')?.noteAt).toBe(
      1_764_237_600_123,
    );

    const area = memoryArea();
    await takeSafetyCopy(area, async () => records(['a']), NOW - HOUR, 'daily');
    expect(await keepCopyBeforeUpgrade(Promise.resolve(old), async () => area, NOW)).toBe('taken');
    expect(await readSafetyCopy(area)).toMatchObject({
      reason: 'upgrade',
      takenAt: NOW,
      lessons: old.lessons,
    });
  });

  it('keeps a version 3 database’s copy in storage.local by default', async () => {
    (await createV3Database('lesson-tab', V3_RECORDS)).close();
    (await openFavoritesDb()).close();
    await vi.waitFor(async () => expect(await readSafetyCopy(browser.storage.local)).toBeDefined());
    const copy = await readSafetyCopy(browser.storage.local);
    expect(copy?.reason).toBe('upgrade');
    expect(byId(copy?.favorites ?? [])).toEqual(byId(V3_RECORDS.favorites));
    expect(copy?.lessons).toHaveLength(V3_RECORDS.lessons.length);
  });

  it('copies a version 1 database too', async () => {
    (await createV1Database('lesson-tab')).close();
    const seen: Promise<StoredRecords>[] = [];
    (await openFavoritesDb({ beforeUpgrade: (old) => seen.push(old) })).close();
    expect(byId((await (seen[0] as Promise<StoredRecords>)).favorites)).toEqual(byId(V1_RECORDS));
  });

  it('has nothing to copy when the database is created', async () => {
    const beforeUpgrade = vi.fn();
    (await openFavoritesDb({ beforeUpgrade })).close();
    expect(beforeUpgrade).not.toHaveBeenCalled();
  });
});

describe('the daily copy', () => {
  beforeEach(freshIndexedDb);

  it('copies favorites and your lessons once a day, opening the database only when due', async () => {
    const db = await openFavoritesDb();
    await setFavorite(db, sampleFavorite('a', NOW - HOUR), true);
    await putMyLesson(db, sampleLesson('mine'));
    db.close();
    const area = memoryArea();
    const open = vi.fn(() => openFavoritesDb());
    expect(await takeDailyCopy(area, open, NOW)).toBe('taken');
    expect(await readSafetyCopy(area)).toEqual({
      takenAt: NOW,
      reason: 'daily',
      favorites: [sampleFavorite('a', NOW - HOUR)],
      lessons: [sampleLesson('mine')],
    });
    expect(await takeDailyCopy(area, open, NOW + 12 * HOUR)).toBe('not-due');
    expect(open).toHaveBeenCalledTimes(1);
  });

  it('leaves the good copy as it is when the database is found empty', async () => {
    const db = await openFavoritesDb();
    await setFavorite(db, sampleFavorite('a'), true);
    db.close();
    const area = memoryArea();
    await takeDailyCopy(area, () => openFavoritesDb(), NOW);
    // Site data cleared: a new, empty database.
    freshIndexedDb();
    expect(await takeDailyCopy(area, () => openFavoritesDb(), NOW + 2 * DAY_MS)).toBe('nothing-to-keep');
    expect((await readSafetyCopy(area))?.favorites.map((f) => f.lessonId)).toEqual(['a']);
  });
});
