import { describe, expect, it, vi } from 'vitest';
import { listFavorites, openFavoritesDb, setFavorite } from '../../../utils/favorites/favorites-db';
import { createFavoritesStore, type FavoritesState } from '../../../utils/favorites/favorites-store';
import {
  type DatabaseStatus,
  type DatabaseView,
  databaseStatus,
  type SafetyCopyOffer,
  safetyCopyOffer,
} from '../../../utils/safety-copy/safety-copy-offer';
import { parseSafetyCopy, type SafetyCopy } from '../../../utils/safety-copy/safety-copy-store';
import { domError, freshIndexedDb, sampleFavorite } from '../favorites/favorites-test-kit';
import { sampleCopy } from './safety-copy-test-kit';

const copy = sampleCopy(['a', 'b', 'c'], ['mine']);
const held = { takenAt: copy.takenAt, favorites: 3, lessons: 1 };

describe('the offer to restore', () => {
  const view = (status: DatabaseStatus, favorites = 0, hadFavorites = false) => ({
    status,
    favorites,
    hadFavorites,
  });
  it.each<[string, DatabaseView, SafetyCopy | undefined, SafetyCopyOffer | undefined]>([
    ['an empty database and a copy', view('ready'), copy, { restorable: true, ...held }],
    ['a database with favorites', view('ready', 2), copy, undefined],
    ['a damaged database', view('damaged'), copy, { restorable: true, ...held }],
    ['a database that will not open', view('unopenable'), copy, { restorable: false, ...held }],
    ['a database still opening', view('other'), copy, undefined],
    ['a list the user emptied since the page opened', view('ready', 0, true), copy, undefined],
    [
      'favorites the user removed since the copy (their removal markers are newer)',
      { ...view('ready'), removedSinceCopy: true },
      copy,
      undefined,
    ],
    ['no copy', view('ready'), undefined, undefined],
    ['a copy with your lessons only', view('ready'), sampleCopy([], ['mine']), undefined],
    ['a damaged copy', view('ready'), parseSafetyCopy({ version: 1, takenAt: 'soon' }), undefined],
  ])('%s', (_what, database, stored, offer) => {
    expect(safetyCopyOffer(database, stored)).toEqual(offer);
  });

  it.each<[Pick<FavoritesState, 'status' | 'database'>, DatabaseStatus]>([
    [{ status: 'ready' }, 'ready'],
    [{ status: 'loading' }, 'other'],
    [{ status: 'blocked' }, 'other'],
    // A private window: favorites are off there, and its database is not the one copied.
    [{ status: 'unavailable' }, 'other'],
    [{ status: 'unavailable', database: 'damaged' }, 'damaged'],
    [{ status: 'unavailable', database: 'unopenable' }, 'unopenable'],
  ])('%o reads as %s', (state, status) => {
    expect(databaseStatus(state)).toBe(status);
  });
});

describe('the favorites store tells empty, damaged and unopenable apart', () => {
  it('an empty database is ready with no favorites, and the day’s copy is asked for', async () => {
    freshIndexedDb();
    const onRead = vi.fn();
    const store = createFavoritesStore({ open: (callbacks) => openFavoritesDb(callbacks), onRead });
    await store.start();
    expect(store.getState()).toMatchObject({ status: 'ready', favorites: [] });
    expect(store.getState().database).toBeUndefined();
    expect(onRead).toHaveBeenCalledTimes(1);
  });

  it('a database that will not open is unopenable, and no copy is taken from it', async () => {
    const onRead = vi.fn();
    const store = createFavoritesStore({
      open: () => Promise.reject(domError('UnknownError')),
      onRead,
    });
    await store.start();
    expect(store.getState()).toMatchObject({ status: 'unavailable', database: 'unopenable' });
    expect(onRead).not.toHaveBeenCalled();
  });

  it('a database that opens but cannot be read is damaged; once readable, a reload makes it ready', async () => {
    freshIndexedDb();
    const db = await openFavoritesDb();
    await setFavorite(db, sampleFavorite('a'), true);
    let broken = true;
    // Reads fail while `broken`, as from a corrupted store.
    const damaged = new Proxy(db, {
      get(target, key) {
        if (key === 'getAllFromIndex' && broken) return () => Promise.reject(domError('UnknownError'));
        const value = Reflect.get(target, key);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    const store = createFavoritesStore({ open: async () => damaged });
    await store.start();
    expect(store.getState()).toMatchObject({ status: 'unavailable', database: 'damaged' });
    broken = false;
    await store.reload();
    expect(store.getState()).toMatchObject({ status: 'ready', favorites: await listFavorites(db) });
    expect(store.getState().database).toBeUndefined();
  });
});
