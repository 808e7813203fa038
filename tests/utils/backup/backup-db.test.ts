import { beforeEach, describe, expect, it, vi } from 'vitest';
import { readEverything, restoreBackup } from '../../../utils/backup/backup-db';
import { backupToJson, parseBackup } from '../../../utils/backup/backup-file';
import {
  type Favorite,
  type FavoritesDb,
  openFavoritesDb,
  removeFavorite,
  setFavorite,
  setNote,
} from '../../../utils/favorites/favorites-db';
import { MAX_MY_LESSONS, type MyLesson } from '../../../utils/my-lessons/my-lesson';
import { putMyLesson, TooManyMyLessonsError } from '../../../utils/my-lessons/my-lessons-db';
import { DEFAULT_SETTINGS } from '../../../utils/settings/settings';
import { abortingAfterMarker, freshIndexedDb, sampleFavorite } from '../favorites/favorites-test-kit';
import { sampleLesson } from '../my-lessons/my-lessons-test-kit';

/** A value IndexedDB cannot store: structured cloning refuses a function. */
const unstorable = <T extends object>(record: T): T => ({ ...record, note: () => 'not data' });

describe('backup database', () => {
  let db: FavoritesDb;
  beforeEach(async () => {
    freshIndexedDb();
    db = await openFavoritesDb();
    await setFavorite(db, sampleFavorite('old-one', 100), true);
    await setFavorite(db, sampleFavorite('old-two', 200), true);
    await putMyLesson(db, sampleLesson('old', 300));
  });

  it('reads favorites and lessons together, newest first', async () => {
    await putMyLesson(db, sampleLesson('newer', 400));
    expect(await readEverything(db)).toEqual({
      favorites: [sampleFavorite('old-two', 200), sampleFavorite('old-one', 100)],
      lessons: [sampleLesson('newer', 400), sampleLesson('old', 300)],
    });
  });

  it('replaces every favorite and lesson with the backup’s', async () => {
    const favorites = [sampleFavorite('old-two', 50), sampleFavorite('restored', 60)];
    const lessons = [sampleLesson('restored', 70)];
    await restoreBackup(db, favorites, lessons);
    expect(await readEverything(db)).toEqual({
      favorites: [sampleFavorite('restored', 60), sampleFavorite('old-two', 50)],
      lessons,
    });
  });

  it('restores an empty backup as empty stores', async () => {
    await restoreBackup(db, [], []);
    expect(await readEverything(db)).toEqual({ favorites: [], lessons: [] });
  });

  it.each([
    ['a favorite', [sampleFavorite('a', 1), unstorable(sampleFavorite('b', 2))], [sampleLesson('new', 3)]],
    ['a lesson', [sampleFavorite('a', 1)], [sampleLesson('new', 3), unstorable(sampleLesson('bad', 4))]],
  ])('changes nothing when %s cannot be stored', async (_what, favorites, lessons) => {
    const before = await readEverything(db);
    await expect(restoreBackup(db, favorites as Favorite[], lessons as MyLesson[])).rejects.toThrow();
    expect(await readEverything(db)).toEqual(before);
    // Nor are the favorites it would have dropped marked removed.
    expect(await db.count('removals')).toBe(0);
  });

  it('changes nothing when a record has no key', async () => {
    const before = await readEverything(db);
    const keyless = { ...sampleLesson('x', 1), id: undefined } as unknown as MyLesson;
    await expect(restoreBackup(db, [], [sampleLesson('new', 3), keyless])).rejects.toThrow();
    expect(await readEverything(db)).toEqual(before);
    expect(await db.count('removals')).toBe(0);
  });

  it('refuses more lessons than anyone may keep, before writing', async () => {
    const before = await readEverything(db);
    const many = Array.from({ length: MAX_MY_LESSONS + 1 }, (_, i) => sampleLesson(String(i), i));
    await expect(restoreBackup(db, [], many)).rejects.toBeInstanceOf(TooManyMyLessonsError);
    expect(await readEverything(db)).toEqual(before);
    expect(await db.count('removals')).toBe(0);
  });

  it('restores in another browser what was backed up here, notes and their times included', async () => {
    await setNote(db, 'old-two', 'Tried it on Monday — « ça marche » 🚀\nSecond line.', 1_763_600_000_123);
    const here = await readEverything(db);
    expect(here.favorites[0]).toMatchObject({
      note: expect.stringMatching(/^Tried/),
      noteAt: 1_763_600_000_123,
    });
    const text = backupToJson({ settings: DEFAULT_SETTINGS, ...here }, 1_763_700_000_000);
    const parsed = parseBackup(text, text.length);
    if (!parsed.ok) throw new Error(parsed.error);

    freshIndexedDb();
    const elsewhere = await openFavoritesDb();
    await setFavorite(elsewhere, sampleFavorite('only-there', 999), true);
    await restoreBackup(elsewhere, parsed.backup.favorites, parsed.backup.lessons);
    expect(await readEverything(elsewhere)).toEqual(here);
  });

  describe('removal markers', () => {
    const AT = 5000;

    it('marks removed the favorites the backup does not hold, in the restore’s one transaction', async () => {
      const transaction = vi.spyOn(db, 'transaction');
      await restoreBackup(db, [sampleFavorite('old-two', 50), sampleFavorite('restored', 60)], [], AT);
      expect(transaction).toHaveBeenCalledTimes(1);
      expect(transaction).toHaveBeenCalledWith(['favorites', 'lessons', 'removals'], 'readwrite');
      // `old-two` stays (with the backup's save date), `restored` was never removed.
      expect(await db.getAll('removals')).toEqual([{ lessonId: 'old-one', removedAt: AT }]);
    });

    it('marks back the removed favorites it brings back, with their older save date', async () => {
      await removeFavorite(db, 'old-one', 1000);
      await restoreBackup(db, [sampleFavorite('old-one', 100)], [], AT);
      expect(await db.get('favorites', 'old-one')).toEqual(sampleFavorite('old-one', 100));
      expect(await db.getAll('removals')).toEqual([
        { lessonId: 'old-one', removedAt: 1000, readdedAt: AT },
        { lessonId: 'old-two', removedAt: AT },
      ]);
    });

    it('leaves the markers as they were when the restore fails', async () => {
      await removeFavorite(db, 'old-one', 1000);
      const markers = await db.getAll('removals');
      const before = await readEverything(db);
      // It fails once it has written a marker: the drop of `old-two`.
      const failing = abortingAfterMarker(db);
      await expect(restoreBackup(failing, [sampleFavorite('old-one', 100)], [], AT)).rejects.toThrow();
      expect(await db.getAll('removals')).toEqual(markers);
      expect(await readEverything(db)).toEqual(before);
    });
  });
});
