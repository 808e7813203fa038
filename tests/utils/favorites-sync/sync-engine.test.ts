import { beforeEach, describe, expect, it } from 'vitest';
import { LESSONS } from '../../../data/lessons';
import { favoriteFromLesson } from '../../../utils/favorites/favorite-snapshot';
import {
  type Favorite,
  listFavorites,
  openFavoritesDb,
  removeFavorite,
  setFavorite,
  setNote,
} from '../../../utils/favorites/favorites-db';
import {
  createFavoritesSync,
  removeSyncedFavorites,
  type SyncDeps,
} from '../../../utils/favorites-sync/sync-engine';
import { decodeItems, SHARD_PREFIX, SYNC_VERSION } from '../../../utils/favorites-sync/sync-shards';
import { freshIndexedDb } from '../favorites/favorites-test-kit';
import { FakeSyncArea } from './fake-sync-area';

const NOW = Date.UTC(2026, 11, 3, 12);
const [a, b, c] = LESSONS.map((lesson) => lesson.id);
const byId = new Map(LESSONS.map((lesson) => [lesson.id, lesson]));
const favorite = (id: string, savedAt = NOW - 1000): Favorite =>
  favoriteFromLesson(byId.get(id) as never, savedAt);

/** A device: its own database (a name of its own in one fake IndexedDB), one sync area for all. */
function device(name: string, sync: FakeSyncArea, now = () => NOW) {
  let announced = 0;
  const open = () => openFavoritesDb({}, name);
  const deps: SyncDeps = {
    sync,
    open,
    snapshotOf: (id) => {
      const lesson = byId.get(id);
      return lesson && favoriteFromLesson(lesson, 0).snapshot;
    },
    syncs: (id) => !id.startsWith('my-'),
    announce: () => announced++,
    now,
    burstMs: 0,
  };
  const engine = createFavoritesSync(deps);
  return {
    engine,
    open,
    announced: () => announced,
    ids: async () => (await listFavorites(await open())).map((f) => f.lessonId).sort(),
  };
}

const synced = (sync: FakeSyncArea) => decodeItems(sync.items()).record;

beforeEach(() => freshIndexedDb());

describe('favorites sync', () => {
  it('puts this device’s favorites in sync, and a new device gets every one back with our words', async () => {
    const sync = new FakeSyncArea({ now: () => NOW });
    const laptop = device('laptop', sync);
    const db = await laptop.open();
    await setFavorite(db, favorite(a as string), true);
    await setFavorite(db, { ...favorite(b as string), note: 'Tried it', noteAt: NOW - 10 }, true);
    await laptop.engine.pass();
    expect(Object.keys(synced(sync)).sort()).toEqual([a, b].sort());
    expect(laptop.engine.getState()).toMatchObject({ status: 'ok', synced: 2, own: 0 });

    const fresh = device('fresh', sync);
    await fresh.engine.pass();
    expect(await fresh.ids()).toEqual([a, b].sort());
    const got = await listFavorites(await fresh.open());
    expect(got.find((f) => f.lessonId === b)).toMatchObject({
      note: 'Tried it',
      snapshot: favorite(b as string).snapshot,
    });
    expect(fresh.announced()).toBe(1);
  });

  it('keeps a removal removed on every device, and an undone removal saved', async () => {
    const sync = new FakeSyncArea({ now: () => NOW });
    const one = device('one', sync);
    const two = device('two', sync);
    await setFavorite(await one.open(), favorite(a as string), true);
    await setFavorite(await one.open(), favorite(b as string), true);
    await one.engine.pass();
    await two.engine.pass();
    await removeFavorite(await one.open(), a as string, NOW);
    await one.engine.pass();
    await two.engine.pass();
    expect(await two.ids()).toEqual([b]);
    // The other device's pass does not bring it back to the first.
    await one.engine.pass();
    expect(await one.ids()).toEqual([b]);
    // Undo: saved again with its first date, yet counted as saved after the removal.
    await setFavorite(await one.open(), favorite(a as string), true, NOW + 5);
    await one.engine.pass();
    await two.engine.pass();
    expect(await two.ids()).toEqual([a, b].sort());
  });

  it('keeps favorites of the user’s own lessons on this device, and says so', async () => {
    const sync = new FakeSyncArea({ now: () => NOW });
    const laptop = device('laptop', sync);
    await setFavorite(await laptop.open(), { ...favorite(a as string), lessonId: 'my-k3v9x0q2m7ab' }, true);
    await laptop.engine.pass();
    expect(synced(sync)).toEqual({});
    expect(laptop.engine.getState()).toMatchObject({ status: 'ok', own: 1, synced: 0 });
  });

  it('writes nothing when nothing is new, and only the shards that changed', async () => {
    const sync = new FakeSyncArea({ now: () => NOW });
    const laptop = device('laptop', sync);
    await setFavorite(await laptop.open(), favorite(a as string), true);
    await laptop.engine.pass();
    const writes = sync.writes.length;
    await laptop.engine.pass();
    expect(sync.writes.length).toBe(writes);
    await setFavorite(await laptop.open(), favorite(b as string), true);
    await laptop.engine.pass();
    const last = sync.writes.at(-1);
    expect(last?.op).toBe('set');
    expect(last?.keys.length).toBeLessThanOrEqual(2);
  });

  it('says when sync is full, and leaves the favorites here untouched', async () => {
    const sync = new FakeSyncArea({ now: () => NOW });
    // Another extension page's items fill the area.
    sync.receive({
      set: Object.fromEntries(Array.from({ length: 13 }, (_, i) => [`other-${i}`, 'x'.repeat(8000)])),
    });
    const laptop = device('laptop', sync);
    await setFavorite(await laptop.open(), favorite(a as string), true);
    await laptop.engine.pass();
    expect(laptop.engine.getState()).toMatchObject({ status: 'error', problem: 'quota' });
    expect(await laptop.ids()).toEqual([a]);
  });

  it('says when writes come too fast, and the next pass catches up', async () => {
    let now = NOW;
    const sync = new FakeSyncArea({ now: () => now });
    const laptop = device('laptop', sync, () => now);
    // Someone else spent the minute's writes.
    for (let i = 0; i < 120; i++) await sync.set({ [`other-${i % 3}`]: i });
    await setFavorite(await laptop.open(), favorite(a as string), true);
    await laptop.engine.pass();
    expect(laptop.engine.getState()).toMatchObject({ status: 'error', problem: 'rate' });
    now += 61_000;
    await laptop.engine.pass();
    expect(laptop.engine.getState()).toMatchObject({ status: 'ok' });
    expect(Object.keys(synced(sync))).toEqual([a]);
  });

  it('writes a damaged shard again, and leaves a newer version’s shard alone', async () => {
    const sync = new FakeSyncArea({ now: () => NOW });
    const laptop = device('laptop', sync);
    await setFavorite(await laptop.open(), favorite(a as string), true);
    await laptop.engine.pass();
    const [key] = Object.keys(sync.items()).filter((item) => item.startsWith(SHARD_PREFIX));
    sync.receive({ set: { [key as string]: 'garbage' } });
    await laptop.engine.pass();
    expect(laptop.engine.getState()).toMatchObject({ status: 'ok', repaired: 1 });
    expect(Object.keys(synced(sync))).toEqual([a]);

    const newer = { v: SYNC_VERSION + 1, e: { future: 'x' } };
    sync.receive({ set: { [key as string]: newer } });
    await laptop.engine.pass();
    expect(laptop.engine.getState()).toMatchObject({ status: 'error', problem: 'newer-version' });
    expect(sync.items()[key as string]).toEqual(newer);
    expect(await laptop.ids()).toEqual([a]);
  });

  it('removes what was synced, and leaves the favorites here', async () => {
    const sync = new FakeSyncArea({ now: () => NOW });
    sync.receive({ set: { settings: { version: 3 } } });
    const laptop = device('laptop', sync);
    await setFavorite(await laptop.open(), favorite(c as string), true);
    await laptop.engine.pass();
    await removeSyncedFavorites(sync);
    expect(Object.keys(sync.items())).toEqual(['settings']);
    expect(await laptop.ids()).toEqual([c]);
  });
});

describe('favorites sync and notes', () => {
  it('keeps a cleared note cleared on every device', async () => {
    const sync = new FakeSyncArea({ now: () => NOW });
    const one = device('one', sync);
    const two = device('two', sync);
    await setFavorite(await one.open(), { ...favorite(a as string), note: 'Old', noteAt: NOW - 100 }, true);
    await one.engine.pass();
    await two.engine.pass();
    await setNote(await one.open(), a as string, undefined, NOW);
    await one.engine.pass();
    expect((await listFavorites(await one.open()))[0]?.note).toBeUndefined();
    await two.engine.pass();
    expect((await listFavorites(await two.open()))[0]?.note).toBeUndefined();
  });

  it('takes a removed favorite’s note out of sync with it', async () => {
    const sync = new FakeSyncArea({ now: () => NOW });
    const one = device('one', sync);
    await setFavorite(
      await one.open(),
      { ...favorite(a as string), note: 'Private', noteAt: NOW - 100 },
      true,
    );
    await one.engine.pass();
    await removeFavorite(await one.open(), a as string, NOW);
    await one.engine.pass();
    expect(synced(sync)[a as string]?.note).toBeUndefined();
  });
});
