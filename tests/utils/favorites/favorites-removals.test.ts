import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  clearFavorites,
  type FavoritesDb,
  importFavorites,
  openFavoritesDb,
  removeFavorite,
  setFavorite,
} from '../../../utils/favorites/favorites-db';
import { abortingAfterMarker, freshIndexedDb, sampleFavorite } from './favorites-test-kit';

const SAVED = 1000;
const REMOVED = 2000;
const BACK = 3000;

/** The three ways to remove a favorite, each given the time of the removal. */
const removals: [string, (db: FavoritesDb, lessonId: string, at: number) => Promise<void>][] = [
  ['setFavorite(off)', (db, lessonId, at) => setFavorite(db, sampleFavorite(lessonId), false, at)],
  ['removeFavorite', (db, lessonId, at) => removeFavorite(db, lessonId, at)],
  ['clearFavorites', (db, _lessonId, at) => clearFavorites(db, at)],
];

describe('removal markers', () => {
  let db: FavoritesDb;
  beforeEach(async () => {
    freshIndexedDb();
    db = await openFavoritesDb();
  });

  it.each(removals)(
    '%s writes the marker in the transaction that removes the favorite',
    async (_how, remove) => {
      await setFavorite(db, sampleFavorite('a', SAVED), true, SAVED);
      const transaction = vi.spyOn(db, 'transaction');
      await remove(db, 'a', REMOVED);
      expect(transaction).toHaveBeenCalledTimes(1);
      expect(transaction).toHaveBeenCalledWith(['favorites', 'removals'], 'readwrite');
      expect(await db.get('favorites', 'a')).toBeUndefined();
      expect(await db.getAll('removals')).toEqual([{ lessonId: 'a', removedAt: REMOVED }]);
    },
  );

  it('clearFavorites marks every favorite it removes', async () => {
    for (const id of ['a', 'b', 'c']) await setFavorite(db, sampleFavorite(id), true);
    await clearFavorites(db, REMOVED);
    expect(await db.count('favorites')).toBe(0);
    expect(await db.getAll('removals')).toEqual(
      ['a', 'b', 'c'].map((lessonId) => ({ lessonId, removedAt: REMOVED })),
    );
  });

  it.each(removals)('%s of a favorite that is not there writes no marker', async (_how, remove) => {
    await remove(db, 'absent', REMOVED);
    expect(await db.count('removals')).toBe(0);
  });

  it('removing one favorite leaves the others unmarked', async () => {
    await setFavorite(db, sampleFavorite('a'), true);
    await setFavorite(db, sampleFavorite('b'), true);
    await removeFavorite(db, 'a', REMOVED);
    await setFavorite(db, sampleFavorite('absent'), false, REMOVED);
    expect(await db.getAll('removals')).toEqual([{ lessonId: 'a', removedAt: REMOVED }]);
  });

  it.each(removals)('%s that aborts leaves neither the deletion nor the marker', async (_how, remove) => {
    await setFavorite(db, sampleFavorite('a', SAVED), true);
    await setFavorite(db, sampleFavorite('b', SAVED), true);
    await expect(remove(abortingAfterMarker(db), 'a', REMOVED)).rejects.toThrow();
    expect(await db.get('favorites', 'a')).toEqual(sampleFavorite('a', SAVED));
    expect(await db.count('favorites')).toBe(2);
    expect(await db.count('removals')).toBe(0);
  });

  it('saving a favorite again (Undo) keeps its first save date and marks it back', async () => {
    await setFavorite(db, sampleFavorite('a', SAVED), true);
    await setFavorite(db, sampleFavorite('a', SAVED), false, REMOVED);
    await setFavorite(db, sampleFavorite('a', SAVED), true, BACK);
    expect(await db.get('favorites', 'a')).toEqual(sampleFavorite('a', SAVED));
    expect(await db.getAll('removals')).toEqual([{ lessonId: 'a', removedAt: REMOVED, readdedAt: BACK }]);
    // Saving it once more changes nothing: it is there already.
    await setFavorite(db, sampleFavorite('a', BACK + 1), true, BACK + 1);
    expect(await db.get('removals', 'a')).toEqual({ lessonId: 'a', removedAt: REMOVED, readdedAt: BACK });
  });

  it('removing a favorite saved again writes a fresh marker, without the earlier return', async () => {
    await setFavorite(db, sampleFavorite('a', SAVED), true);
    await removeFavorite(db, 'a', REMOVED);
    await setFavorite(db, sampleFavorite('a', SAVED), true, BACK);
    await removeFavorite(db, 'a', BACK + 1);
    expect(await db.getAll('removals')).toEqual([{ lessonId: 'a', removedAt: BACK + 1 }]);
  });

  it('saving a favorite never removed writes no marker', async () => {
    await setFavorite(db, sampleFavorite('a', SAVED), true, SAVED);
    expect(await db.count('removals')).toBe(0);
  });

  it('an import marks back the removed favorites it writes, and only those', async () => {
    await setFavorite(db, sampleFavorite('back', SAVED), true);
    await setFavorite(db, sampleFavorite('still-gone', SAVED), true);
    await setFavorite(db, sampleFavorite('kept', SAVED), true);
    await removeFavorite(db, 'back', REMOVED);
    await removeFavorite(db, 'still-gone', REMOVED);
    const result = await importFavorites(
      db,
      // `back` with a save date older than its removal; `kept` older than the one stored.
      [sampleFavorite('back', SAVED), sampleFavorite('kept', SAVED - 1), sampleFavorite('new', SAVED)],
      BACK,
    );
    expect([result.added, result.updated, result.skipped]).toEqual([2, 0, 1]);
    expect(await db.get('favorites', 'back')).toEqual(sampleFavorite('back', SAVED));
    expect(await db.getAll('removals')).toEqual([
      { lessonId: 'back', removedAt: REMOVED, readdedAt: BACK },
      { lessonId: 'still-gone', removedAt: REMOVED },
    ]);
  });

  it('an import leaves the marker of a favorite it skips as it was', async () => {
    await setFavorite(db, sampleFavorite('a', SAVED), true);
    await removeFavorite(db, 'a', REMOVED);
    await setFavorite(db, sampleFavorite('a', SAVED), true, BACK);
    const result = await importFavorites(db, [sampleFavorite('a', SAVED - 1)], BACK + 1);
    expect(result.skipped).toBe(1);
    expect(await db.get('removals', 'a')).toEqual({ lessonId: 'a', removedAt: REMOVED, readdedAt: BACK });
  });
});
