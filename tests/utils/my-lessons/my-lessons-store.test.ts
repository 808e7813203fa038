import { beforeEach, describe, expect, it, vi } from 'vitest';
import { type FavoritesDb, openFavoritesDb } from '../../../utils/favorites/favorites-db';
import { MAX_MY_LESSONS, type MyLessonDraft } from '../../../utils/my-lessons/my-lesson';
import {
  importMyLessons,
  listMyLessons,
  TooManyMyLessonsError,
} from '../../../utils/my-lessons/my-lessons-db';
import { createMyLessonsStore, type MyLessonsDeps } from '../../../utils/my-lessons/my-lessons-store';
import { domError, freshIndexedDb } from '../favorites/favorites-test-kit';

const draft = (title: string): MyLessonDraft => ({
  title,
  body: `What ${title} taught me.`,
  themes: ['persistence'],
  lang: 'en',
});

const T = 1_770_000_000_000;

/** A clock that moves a second per reading, and a seeded random source. */
function environment(time = T, seed = 7) {
  return {
    now: () => (time += 1000),
    random: () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed / 2 ** 31;
    },
  };
}

const storeWith = (deps: Partial<MyLessonsDeps> = {}) =>
  createMyLessonsStore({ open: (callbacks) => openFavoritesDb(callbacks), ...environment(), ...deps });

const stored = async () => listMyLessons(await openFavoritesDb());

let channels = 0;
/** Two "pages" on one BroadcastChannel name, as two tabs would be. */
function channelPair(): [BroadcastChannel, BroadcastChannel] {
  const name = `my-lessons-test-${++channels}`;
  return [new BroadcastChannel(name), new BroadcastChannel(name)];
}

/** Wraps a database so that its readwrite transactions abort, as a full disk would. */
function failingWrites(db: FavoritesDb): FavoritesDb {
  return new Proxy(db, {
    get(target, key) {
      if (key !== 'transaction') return Reflect.get(target, key);
      return (...args: Parameters<FavoritesDb['transaction']>) => {
        const tx = target.transaction(...args);
        if (args[1] !== 'readwrite') return tx;
        tx.objectStore('lessons')
          .get('')
          .then(() => tx.abort());
        return new Proxy(tx, {
          get: (t, k) =>
            k === 'done'
              ? t.done.catch(() => Promise.reject(domError('QuotaExceededError')))
              : Reflect.get(t, k),
        });
      };
    },
  });
}

describe('my lessons store', () => {
  beforeEach(freshIndexedDb);

  it('adds, edits, deletes and restores, and the list follows what is stored', async () => {
    const store = storeWith();
    await store.start();
    expect(store.getState()).toMatchObject({ status: 'ready', lessons: [] });

    const first = await store.add(draft('first'));
    const second = await store.add(draft('second'));
    expect(store.getState().lessons).toEqual([second, first]);

    const edited = await store.update(first.id, { ...draft('first'), body: 'Rewritten.' });
    expect(edited).toMatchObject({ id: first.id, createdAt: first.createdAt, body: 'Rewritten.' });
    expect(edited.updatedAt).toBeGreaterThan(first.updatedAt);
    expect(store.getState().lessons).toEqual([edited, second]);

    const removed = await store.remove(second.id);
    expect(removed).toEqual(second);
    expect(store.getState().lessons).toEqual([edited]);
    await store.restore(removed as NonNullable<typeof removed>);
    expect(store.getState().lessons).toEqual([edited, second]);
    expect(await stored()).toEqual(store.getState().lessons);
  });

  it('takes its ids and times from what it is given', async () => {
    const a = await storeWith().add(draft('a'));
    freshIndexedDb();
    const b = await storeWith().add(draft('a'));
    expect(b).toEqual(a);
    expect(a).toMatchObject({ createdAt: T + 1000, updatedAt: T + 1000 });
  });

  it('refuses to edit an id that is not one of the user’s lessons', async () => {
    const store = storeWith();
    await expect(store.update('repair-the-roof-in-sunshine', draft('x'))).rejects.toThrow(RangeError);
    expect(await stored()).toEqual([]);
  });

  it('imports all or nothing, and a failed write says so and changes nothing', async () => {
    const store = storeWith();
    const kept = await store.add(draft('kept'));
    const imported = await store.importAll([draft('one'), draft('two')]);
    expect(store.getState().lessons.map((l) => l.title)).toEqual(['one', 'two', 'kept']);
    expect(imported.map((l) => l.title)).toEqual(['one', 'two']);

    const failing = storeWith({ open: async (callbacks) => failingWrites(await openFavoritesDb(callbacks)) });
    await failing.start();
    const before = failing.getState().lessons;
    await expect(failing.importAll([draft('three'), draft('four')])).rejects.toMatchObject({
      key: 'favoritesQuota',
    });
    await expect(failing.remove(kept.id)).rejects.toMatchObject({ key: 'favoritesQuota' });
    expect(failing.getState()).toMatchObject({ status: 'ready', lessons: before, message: 'favoritesQuota' });
    expect(await stored()).toEqual(before);
    failing.dismissMessage();
    expect(failing.getState().message).toBeUndefined();
  });

  it('refuses an import past the cap with a typed error, and no message about storage', async () => {
    const seed = await openFavoritesDb();
    const { random } = environment(T, 3);
    await importMyLessons(
      seed,
      Array.from({ length: MAX_MY_LESSONS - 1 }, () => draft('row')),
      1,
      random,
    );
    seed.close();
    const store = storeWith();
    await expect(store.importAll([draft('one'), draft('two')])).rejects.toBeInstanceOf(TooManyMyLessonsError);
    expect(store.getState().message).toBeUndefined();
    expect(store.getState().lessons).toHaveLength(MAX_MY_LESSONS - 1);
    await store.add(draft('the last place'));
    expect(store.getState().lessons).toHaveLength(MAX_MY_LESSONS);
  }, 30_000);

  it.each([
    ['InvalidStateError', 'favoritesStorageDenied'],
    ['UnknownError', 'favoritesUnavailable'],
  ])(
    'when the database cannot be opened (%s): unavailable with a message, nothing written',
    async (name, message) => {
      const open = vi.fn(async () => Promise.reject(domError(name)));
      const store = storeWith({ open });
      await store.start();
      expect(store.getState()).toMatchObject({ status: 'unavailable', message });
      await expect(store.add(draft('a'))).rejects.toMatchObject({ key: message });
      expect(open).toHaveBeenCalledTimes(1);
    },
  );

  it('is off in a private window and never opens the database', async () => {
    const open = vi.fn(openFavoritesDb);
    const store = storeWith({ open, privateWindow: true });
    await expect(store.add(draft('a'))).rejects.toMatchObject({ key: 'favoritesPrivate' });
    expect(store.getState().status).toBe('unavailable');
    expect(open).not.toHaveBeenCalled();
  });

  it('tells other pages about each change, and they read the list again', async () => {
    const [one, two] = channelPair();
    const a = storeWith({ channel: one });
    // Another tab: its own random source (the same seed would give the same ids), a later clock.
    const b = storeWith({ channel: two, ...environment(T + 1_000_000, 11) });
    await Promise.all([a.start(), b.start()]);
    const ids = (store: typeof a) => store.getState().lessons.map((l) => l.id);

    const added = await a.add(draft('from a'));
    await vi.waitFor(() => expect(ids(b)).toEqual([added.id]));
    const fromB = await b.add(draft('from b'));
    await vi.waitFor(() => expect(ids(a)).toEqual([fromB.id, added.id]));
    const edited = await b.update(added.id, draft('edited in b'));
    await vi.waitFor(() => expect(a.getState().lessons[0]).toEqual(edited));
    const removed = await a.remove(fromB.id);
    await vi.waitFor(() => expect(ids(b)).toEqual([added.id]));
    await b.restore(removed as NonNullable<typeof removed>);
    await vi.waitFor(() => expect(ids(a)).toEqual([added.id, fromB.id]));
    a.close();
    b.close();
  });
});
