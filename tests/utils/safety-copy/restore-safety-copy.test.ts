import { beforeEach, describe, expect, it, vi } from 'vitest';
import { readEverything } from '../../../utils/backup/backup-db';
import {
  type Favorite,
  type FavoritesDb,
  openFavoritesDb,
  removeFavorite,
  setFavorite,
  setNote,
} from '../../../utils/favorites/favorites-db';
import { MAX_MY_LESSONS, type MyLesson } from '../../../utils/my-lessons/my-lesson';
import { putMyLesson } from '../../../utils/my-lessons/my-lessons-db';
import { restoreSafetyCopy } from '../../../utils/safety-copy/restore-safety-copy';
import { parseSafetyCopy } from '../../../utils/safety-copy/safety-copy-store';
import v1 from '../../fixtures/safety-copy-v1.json';
import { abortingAfterMarker, freshIndexedDb, sampleFavorite } from '../favorites/favorites-test-kit';
import { HOUR, NOW, sampleCopy, sampleLesson } from './safety-copy-test-kit';

const byId = <T extends { lessonId: string }>(list: readonly T[]) =>
  list.toSorted((a, b) => a.lessonId.localeCompare(b.lessonId));

describe('restoring the safety copy', () => {
  let db: FavoritesDb;
  beforeEach(async () => {
    freshIndexedDb();
    db = await openFavoritesDb();
  });

  it('puts every favorite and lesson of the copy back into an empty database, as stored', async () => {
    const copy = parseSafetyCopy(v1.local['safety-copy']);
    if (!copy) throw new Error('the fixture should parse');
    expect(await restoreSafetyCopy(db, copy)).toEqual({
      added: 3,
      updated: 0,
      lessonsAdded: 1,
      lessonsLeft: 0,
    });
    const stored = await readEverything(db);
    expect(byId(stored.favorites)).toEqual(byId(copy.favorites));
    expect(stored.lessons).toEqual(copy.lessons);
  });

  it('merges: nothing in the database is lost or replaced by something older', async () => {
    // Here: a newer save of `a` with a note, `here` the copy never had, and a lesson edited since.
    await setFavorite(db, sampleFavorite('a', NOW), true);
    await setNote(db, 'a', 'Written after the copy', NOW + HOUR);
    await setFavorite(db, sampleFavorite('here', NOW), true);
    const edited: MyLesson = { ...sampleLesson('mine'), title: 'Edited since', updatedAt: NOW };
    await putMyLesson(db, edited);
    const before = await readEverything(db);

    const copy = sampleCopy(['a', 'b'], ['mine', 'gone']);
    const result = await restoreSafetyCopy(db, copy);
    expect(result).toEqual({ added: 1, updated: 0, lessonsAdded: 1, lessonsLeft: 0 });
    const after = await readEverything(db);
    for (const favorite of before.favorites) expect(after.favorites).toContainEqual(favorite);
    expect(after.favorites.find((f) => f.lessonId === 'b')).toEqual(copy.favorites[1]);
    expect(after.lessons).toContainEqual(edited);
    expect(after.lessons).toContainEqual(sampleLesson('gone'));
    expect(after.lessons).toHaveLength(2);
  });

  it('keeps the copy’s note where the database has none', async () => {
    await setFavorite(db, sampleFavorite('a', NOW), true);
    const copy = sampleCopy(['a']);
    copy.favorites[0] = { ...(copy.favorites[0] as Favorite), note: 'From the copy', noteAt: NOW - HOUR };
    expect(await restoreSafetyCopy(db, copy)).toMatchObject({ added: 0, updated: 1 });
    expect(await db.get('favorites', 'a')).toEqual({
      ...sampleFavorite('a', NOW),
      note: 'From the copy',
      noteAt: NOW - HOUR,
    });
  });

  it('writes in one transaction over favorites, lessons and removal markers', async () => {
    const transaction = vi.spyOn(db, 'transaction');
    await restoreSafetyCopy(db, sampleCopy(['a', 'b'], ['mine']));
    expect(transaction).toHaveBeenCalledTimes(1);
    expect(transaction).toHaveBeenCalledWith(['favorites', 'lessons', 'removals'], 'readwrite');
  });

  it('marks back the removed favorites it brings back, and leaves other markers alone', async () => {
    await setFavorite(db, sampleFavorite('a', NOW - HOUR), true);
    await setFavorite(db, sampleFavorite('gone', NOW - HOUR), true);
    await removeFavorite(db, 'a', NOW);
    await removeFavorite(db, 'gone', NOW);
    // The copy was taken before `a` was removed, and never had `gone`.
    const copy = sampleCopy(['a', 'b']);
    expect(await restoreSafetyCopy(db, copy, NOW + HOUR)).toMatchObject({ added: 2 });
    expect(await db.get('favorites', 'a')).toEqual(copy.favorites[0]);
    expect(await db.getAll('removals')).toEqual([
      { lessonId: 'a', removedAt: NOW, readdedAt: NOW + HOUR },
      { lessonId: 'gone', removedAt: NOW },
    ]);
  });

  it('leaves a marker as it was when the restore fails', async () => {
    await setFavorite(db, sampleFavorite('a', NOW - HOUR), true);
    await removeFavorite(db, 'a', NOW);
    // It fails once it has marked `a` back.
    await expect(
      restoreSafetyCopy(abortingAfterMarker(db), sampleCopy(['a', 'b'], ['mine']), NOW + HOUR),
    ).rejects.toThrow();
    expect(await db.getAll('removals')).toEqual([{ lessonId: 'a', removedAt: NOW }]);
    expect(await readEverything(db)).toEqual({ favorites: [], lessons: [] });
  });

  it('is all or nothing: a record that cannot be stored leaves the database as it was', async () => {
    await setFavorite(db, sampleFavorite('here'), true);
    const copy = sampleCopy(['a', 'b'], ['mine']);
    // Structured cloning refuses a function.
    copy.lessons.push({ ...sampleLesson('bad'), title: (() => 'not data') as unknown as string });
    await expect(restoreSafetyCopy(db, copy)).rejects.toThrow();
    const stored = await readEverything(db);
    expect(stored.favorites.map((f) => f.lessonId)).toEqual(['here']);
    expect(stored.lessons).toEqual([]);
  });

  it('puts back only the lessons that fit under the cap, and says how many did not', async () => {
    const tx = db.transaction('lessons', 'readwrite');
    const writes: Promise<unknown>[] = [];
    for (let i = 0; i < MAX_MY_LESSONS - 1; i++) {
      writes.push(tx.store.put({ ...sampleLesson('full'), id: `my-${i.toString(36).padStart(12, '0')}` }));
    }
    await Promise.all([...writes, tx.done]);
    const result = await restoreSafetyCopy(db, sampleCopy(['a'], ['back1', 'back2']));
    expect(result).toEqual({ added: 1, updated: 0, lessonsAdded: 1, lessonsLeft: 1 });
    expect(await db.count('lessons')).toBe(MAX_MY_LESSONS);
  });
});
