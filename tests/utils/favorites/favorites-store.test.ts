import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  type FavoritesDb,
  listFavorites,
  type OpenCallbacks,
  openFavoritesDb,
} from '../../../utils/favorites/favorites-db';
import { createFavoritesStore, type FavoritesDeps } from '../../../utils/favorites/favorites-store';
import { bound, createV1Database, domError, freshIndexedDb, sampleFavorite } from './favorites-test-kit';

let channels = 0;
/** Two "pages" on one BroadcastChannel name, as two tabs would be. */
function channelPair(): [BroadcastChannel, BroadcastChannel] {
  const name = `favorites-test-${++channels}`;
  return [new BroadcastChannel(name), new BroadcastChannel(name)];
}

const storeWith = (deps: Partial<FavoritesDeps> = {}) =>
  createFavoritesStore({ open: (callbacks) => openFavoritesDb(callbacks), ...deps });

/**
 * A transaction whose `done` is the one given, all else its own. Its methods are bound to it: idb
 * calls them on the object they were read from, and a stand-in is not a transaction it knows.
 */
function withDone<T extends object>(tx: T, done: Promise<void>): T {
  return new Proxy(tx, { get: (target, key) => (key === 'done' ? done : bound(target, key)) });
}

/** Wraps a database so that its next readwrite transaction aborts, as a full disk would. */
function failingWrites(db: FavoritesDb, name = 'QuotaExceededError'): FavoritesDb {
  return new Proxy(db, {
    get(target, key) {
      if (key !== 'transaction') return Reflect.get(target, key);
      return (...args: Parameters<FavoritesDb['transaction']>) => {
        const tx = target.transaction(...args);
        if (args[1] === 'readwrite') {
          tx.objectStore('favorites')
            .get('')
            .then(() => tx.abort());
          return withDone(
            tx,
            tx.done.catch(() => Promise.reject(domError(name))),
          );
        }
        return tx;
      };
    },
  });
}

describe('favorites store', () => {
  beforeEach(freshIndexedDb);

  it('loads after start and reflects a toggle at once', async () => {
    const store = storeWith();
    expect(store.getState().status).toBe('loading');
    await store.start();
    expect(store.getState().status).toBe('ready');
    const saving = store.toggle(sampleFavorite('a'), true);
    expect(store.isFavorite('a')).toBe(true);
    await saving;
    expect(await listFavorites(await openFavoritesDb())).toHaveLength(1);
  });

  it('waits for the database when a toggle comes while it is still opening, and keeps what is stored', async () => {
    const db = await openFavoritesDb();
    await db.put('favorites', sampleFavorite('stored'));
    db.close();
    const store = storeWith();
    expect(store.getState().status).toBe('loading');
    // A press as the page opens, before anything started the store.
    await store.toggle(sampleFavorite('pressed'), true);
    expect(store.getState().status).toBe('ready');
    expect(
      store
        .getState()
        .favorites.map((f) => f.lessonId)
        .toSorted(),
    ).toEqual(['pressed', 'stored']);
    expect((await listFavorites(await openFavoritesDb())).map((f) => f.lessonId).toSorted()).toEqual([
      'pressed',
      'stored',
    ]);
  });

  it('toggles a card by every id that stands for it, decided once the database is open', async () => {
    const db = await openFavoritesDb();
    await db.put('favorites', { ...sampleFavorite('old-name', 1), note: 'Kept.' });
    db.close();
    const ids = () => store.getState().favorites.map((f) => f.lessonId);
    const stored = async () => (await listFavorites(await openFavoritesDb())).map((f) => f.lessonId);
    const sameCard = (id: string) => id === 'old-name' || id === 'new-name';
    const store = storeWith();
    // Pressed as the page opens, before it knew of the favorite under the card's old id: kept as is.
    await store.toggle(sampleFavorite('new-name'), true, sameCard);
    expect(ids()).toEqual(['old-name']);
    expect(await stored()).toEqual(['old-name']);
    // Two standing for the card (saved before this fix) both go, and nothing else.
    await store.toggle(sampleFavorite('new-name', 2), true);
    await store.toggle(sampleFavorite('other'), true);
    await store.toggle(sampleFavorite('new-name'), false, sameCard);
    expect(ids()).toEqual(['other']);
    expect(await stored()).toEqual(['other']);
  });

  it('asks for persistent storage once, on the first favorite', async () => {
    const persist = vi.fn(async () => true);
    const store = storeWith({ persist });
    await store.start();
    await store.toggle(sampleFavorite('a'), true);
    await store.toggle(sampleFavorite('b'), true);
    expect(persist).toHaveBeenCalledTimes(1);
  });

  it('is off in a private window, says so, and never opens the database', async () => {
    const open = vi.fn(openFavoritesDb);
    const store = storeWith({ open, privateWindow: true });
    await store.start();
    expect(store.getState()).toMatchObject({ status: 'unavailable', message: 'favoritesPrivate' });
    await expect(store.toggle(sampleFavorite('a'), true)).rejects.toThrow('favoritesPrivate');
    expect(store.isFavorite('a')).toBe(false);
    expect(open).not.toHaveBeenCalled();
  });

  it.each([
    ['InvalidStateError', 'favoritesStorageDenied'],
    ['UnknownError', 'favoritesUnavailable'],
  ])(
    'when the database cannot be opened (%s): unavailable with a message, nothing written',
    async (name, message) => {
      const open = vi.fn(async () => Promise.reject(domError(name)));
      const store = storeWith({ open });
      await store.start();
      expect(store.getState().status).toBe('unavailable');
      expect(store.getState().message).toBe(message);
      await expect(store.toggle(sampleFavorite('a'), true)).rejects.toMatchObject({ key: message });
      expect(store.isFavorite('a')).toBe(false);
      expect(open).toHaveBeenCalledTimes(1);
    },
  );

  it('when an upgrade is blocked by an old tab: says so, no hang, and opens once the old tab lets go', async () => {
    const old = await createV1Database('lesson-tab');
    const store = storeWith();
    const starting = store.start();
    await vi.waitFor(() => expect(store.getState().status).toBe('blocked'));
    expect(store.getState().message).toBe('favoritesBlocked');
    old.close();
    await starting;
    expect(store.getState().status).toBe('ready');
    expect(store.getState().favorites).toHaveLength(2);
  });

  it('closes its own connection and asks to reload when a newer version opens', async () => {
    const onVersionChange = vi.fn();
    const store = storeWith({ onVersionChange });
    await store.start();
    const newer = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('lesson-tab', 99);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    expect(onVersionChange).toHaveBeenCalledTimes(1);
    newer.close();
  });

  it('when the connection is closed under it: reopens, retries once, and stores no duplicate', async () => {
    let connections = 0;
    let first: FavoritesDb | undefined;
    const store = storeWith({
      open: async (callbacks: OpenCallbacks) => {
        connections++;
        const db = await openFavoritesDb(callbacks);
        first ??= db;
        return db;
      },
    });
    await store.start();
    first?.close();
    await store.toggle(sampleFavorite('a'), true);
    expect(connections).toBe(2);
    expect(await listFavorites(await openFavoritesDb())).toEqual([sampleFavorite('a')]);
  });

  it('when a write aborts (quota): rejects within a second, rolls back, stored data intact', async () => {
    const seed = await openFavoritesDb();
    await seed.put('favorites', sampleFavorite('kept'));
    seed.close();
    const store = storeWith({ open: async (callbacks) => failingWrites(await openFavoritesDb(callbacks)) });
    await store.start();
    const started = Date.now();
    await expect(store.toggle(sampleFavorite('new'), true)).rejects.toThrow();
    await expect(store.remove('kept')).rejects.toThrow();
    expect(Date.now() - started).toBeLessThan(1000);
    expect(store.getState().favorites.map((f) => f.lessonId)).toEqual(['kept']);
    expect(store.getState().message).toBe('favoritesQuota');
    const db = await openFavoritesDb();
    expect((await listFavorites(db)).map((f) => f.lessonId)).toEqual(['kept']);
    // The removal's marker went with it.
    expect(await db.count('removals')).toBe(0);
  });

  /** Wraps a database so that its writes land, but are only reported `ms` later, as a slow disk. */
  const slowWrites = (ms: number) => async (callbacks: OpenCallbacks) => {
    const db = await openFavoritesDb(callbacks);
    return new Proxy(db, {
      get: (target, key) =>
        key === 'transaction'
          ? (...args: Parameters<FavoritesDb['transaction']>) => {
              const tx = target.transaction(...args);
              if (args[1] !== 'readwrite') return tx;
              return withDone(
                tx,
                tx.done.then(() => new Promise<void>((resolve) => setTimeout(resolve, ms))),
              );
            }
          : Reflect.get(target, key),
    });
  };

  it('says a slow write is still saving, and reports what is stored once it lands', async () => {
    const seed = await openFavoritesDb();
    await seed.put('favorites', sampleFavorite('kept'));
    seed.close();
    const store = storeWith({ slowNoticeMs: 20, open: slowWrites(150) });
    await store.start();
    const adding = store.toggle(sampleFavorite('a'), true);
    await vi.waitFor(() => expect(store.getState().saving).toBe(true));
    expect(store.isFavorite('a')).toBe(true);
    // It lands: the toggle succeeds, and the page says nothing more.
    await expect(adding).resolves.toBeUndefined();
    expect(store.getState()).toMatchObject({ saving: false, message: undefined });
    expect(store.isFavorite('a')).toBe(true);
    // A slow remove succeeds too (so the page can offer Undo), and so does a slow import.
    await expect(store.remove('kept')).resolves.toBeUndefined();
    const file = JSON.stringify({
      format: 'lesson-tab-favorites',
      version: 1,
      exportedAt: new Date(0).toISOString(),
      favorites: [{ ...sampleFavorite('b'), savedAt: new Date(0).toISOString() }],
    });
    await expect(store.importFile(file)).resolves.toEqual({ added: 1, updated: 0, skipped: 0 });
    const stored = (await listFavorites(await openFavoritesDb())).map((f) => f.lessonId).toSorted();
    expect(stored).toEqual(['a', 'b']);
    expect(
      store
        .getState()
        .favorites.map((f) => f.lessonId)
        .toSorted(),
    ).toEqual(stored);
  });

  it('keeps a failure’s message when another slow write ends after it', async () => {
    let calls = 0;
    const store = storeWith({
      slowNoticeMs: 10,
      open: async (callbacks) => {
        const slow = await slowWrites(80)(callbacks);
        return new Proxy(slow, {
          get: (target, key) =>
            key === 'transaction'
              ? (...args: Parameters<FavoritesDb['transaction']>) =>
                  // The second write fails as a full disk would.
                  args[1] === 'readwrite' && ++calls === 2
                    ? failingWrites(target).transaction(...args)
                    : target.transaction(...args)
              : Reflect.get(target, key),
        });
      },
    });
    await store.start();
    const first = store.toggle(sampleFavorite('a'), true);
    const second = store.toggle(sampleFavorite('b'), true);
    await expect(second).rejects.toThrow();
    await expect(first).resolves.toBeUndefined();
    expect(store.getState().saving).toBe(false);
    expect(store.getState().message).toMatch(/^favorites(Quota|WriteFailed)$/);
  });

  it('tells other pages about a change, and they refresh', async () => {
    const [one, two] = channelPair();
    const a = storeWith({ channel: one });
    const b = storeWith({ channel: two });
    await Promise.all([a.start(), b.start()]);
    await a.toggle(sampleFavorite('shared'), true);
    await vi.waitFor(() => expect(b.isFavorite('shared')).toBe(true));
    await b.toggle(sampleFavorite('shared'), false);
    await vi.waitFor(() => expect(a.isFavorite('shared')).toBe(false));
  });

  it('ends consistent when two pages toggle the same card many times', async () => {
    const [one, two] = channelPair();
    const a = storeWith({ channel: one });
    const b = storeWith({ channel: two });
    await Promise.all([a.start(), b.start()]);
    const toggles = [];
    for (let i = 0; i < 50; i++) {
      toggles.push(a.toggle(sampleFavorite('x'), !a.isFavorite('x')));
      toggles.push(b.toggle(sampleFavorite('x'), !b.isFavorite('x')));
    }
    await Promise.all(toggles);
    const stored = (await listFavorites(await openFavoritesDb())).some((f) => f.lessonId === 'x');
    await vi.waitFor(() => {
      expect(a.isFavorite('x')).toBe(stored);
      expect(b.isFavorite('x')).toBe(stored);
    });
  });

  describe('notes', () => {
    it('shows a note at once, stores it tidied with its time, and tells other pages', async () => {
      const [one, two] = channelPair();
      const a = storeWith({ channel: one });
      const b = storeWith({ channel: two });
      await Promise.all([a.start(), b.start()]);
      await a.toggle(sampleFavorite('x', 1000), true);
      await vi.waitFor(() => expect(b.isFavorite('x')).toBe(true));
      const saving = a.setNote('x', 'Tried it on Monday.  \n', 2000);
      expect(a.getState().favorites[0]).toMatchObject({ note: 'Tried it on Monday.', noteAt: 2000 });
      await saving;
      const stored = { ...sampleFavorite('x', 1000), note: 'Tried it on Monday.', noteAt: 2000 };
      expect(await listFavorites(await openFavoritesDb())).toEqual([stored]);
      await vi.waitFor(() => expect(b.getState().favorites).toEqual([stored]));
    });

    it('clears a note left blank, and caps one too long', async () => {
      const store = storeWith();
      await store.start();
      await store.toggle(sampleFavorite('x'), true);
      await store.setNote('x', 'y'.repeat(1200), 1);
      expect(store.getState().favorites[0]?.note).toHaveLength(1000);
      await store.setNote('x', ' \n ', 2);
      // Cleared, with the time it was cleared.
      expect(store.getState().favorites[0]).toEqual({ ...sampleFavorite('x'), noteAt: 2 });
      expect(await listFavorites(await openFavoritesDb())).toEqual([{ ...sampleFavorite('x'), noteAt: 2 }]);
    });

    it('undoes the note with a message when the write fails, and keeps what was stored', async () => {
      const seed = await openFavoritesDb();
      await seed.put('favorites', { ...sampleFavorite('x'), note: 'Kept', noteAt: 1 });
      seed.close();
      const store = storeWith({ open: async (callbacks) => failingWrites(await openFavoritesDb(callbacks)) });
      await store.start();
      await expect(store.setNote('x', 'Lost', 2)).rejects.toMatchObject({ key: 'favoritesQuota' });
      expect(store.getState().favorites[0]).toMatchObject({ note: 'Kept', noteAt: 1 });
      expect(store.getState().message).toBe('favoritesQuota');
      expect((await listFavorites(await openFavoritesDb()))[0]).toMatchObject({ note: 'Kept', noteAt: 1 });
    });

    it('never brings back a favorite removed on another page, and says so', async () => {
      const [one, two] = channelPair();
      const a = storeWith({ channel: one });
      const b = storeWith({ channel: two });
      await Promise.all([a.start(), b.start()]);
      await a.toggle(sampleFavorite('x'), true);
      await vi.waitFor(() => expect(b.isFavorite('x')).toBe(true));
      // Removed from the database behind this page's back (as a page that has not heard yet).
      const db = await openFavoritesDb();
      await db.delete('favorites', 'x');
      await expect(b.setNote('x', 'Too late', 2)).rejects.toMatchObject({ key: 'noteFavoriteGone' });
      expect(b.getState().message).toBe('noteFavoriteGone');
      expect(await db.count('favorites')).toBe(0);
      await vi.waitFor(() => expect(b.isFavorite('x')).toBe(false));
      // And a note for a favorite this page no longer lists is refused at once.
      await expect(b.setNote('x', 'Again', 3)).rejects.toMatchObject({ key: 'noteFavoriteGone' });
    });

    it('writes nothing when the note is unchanged', async () => {
      const store = storeWith();
      await store.start();
      await store.toggle(sampleFavorite('x'), true);
      await store.setNote('x', 'Same', 1);
      await store.setNote('x', 'Same ', 2);
      expect(store.getState().favorites[0]?.noteAt).toBe(1);
      expect((await listFavorites(await openFavoritesDb()))[0]?.noteAt).toBe(1);
    });
  });
});
