/**
 * Favorites that follow you: this device's favorites (IndexedDB, the store of record) meet the
 * compact record in `storage.sync` at start, whenever sync changes (another device), and after
 * each local change (a burst gathered into one pass). Every pass reads both sides, merges by
 * lesson id (sync-merge.ts: the same result in any order, so pages and devices converge), puts
 * the merge into the database in one transaction, and writes only the shards that differ.
 *
 * Failures are a state with a message, never a loss: the database is only ever changed by the
 * merge, which drops nothing a newer removal did not; a failed write leaves the shards for the
 * next pass to repair.
 */
import type { Favorite, FavoriteSnapshot, FavoritesDb } from '../favorites/favorites-db';
import { oneAtATime } from '../storage/one-at-a-time';
import { addsTo } from './sync-merge';
import { databaseChanges, localRecord, merge } from './sync-plan';
import { isPresent, type SyncRecord } from './sync-record';
import { decodeItems, encodeRecord, itemBytes, SHARD_PREFIX, SYNC_LIMITS, shardChanges } from './sync-shards';

export interface SyncArea {
  get(keys?: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

export type SyncProblem = 'quota' | 'rate' | 'corrupt' | 'newer-version' | 'failed';

export interface SyncState {
  status: 'off' | 'syncing' | 'ok' | 'error';
  problem?: SyncProblem;
  /** When the last pass ended well. */
  syncedAt?: number;
  /** What stays on this device only, and why. */
  own: number;
  notesLeftOut: number;
  entriesLeftOut: number;
  /** How many favorites sync holds, and the bytes its shards use. */
  synced: number;
  bytes: number;
  /** Damaged shards the last pass wrote again. */
  repaired: number;
}

export interface SyncDeps {
  sync: SyncArea;
  open: () => Promise<FavoritesDb>;
  /** A card of our deck as a favorite's snapshot (a retired id as the card it became). */
  snapshotOf: (lessonId: string) => FavoriteSnapshot | undefined;
  /** Whether a favorite may sync: not one of the user's own lessons. */
  syncs: (lessonId: string) => boolean;
  /** Tells this page's favorites (and other pages') that the database changed. */
  announce: () => void;
  now: () => number;
  /** Gathers a burst of local changes into one pass. */
  burstMs?: number;
}

/** Room left for the settings and anything else we keep in sync. */
export const OTHER_ITEMS_BYTES = 4_096;
export const SHARDS_BUDGET = SYNC_LIMITS.quotaBytes - OTHER_ITEMS_BYTES;

export const EMPTY_SYNC: SyncState = {
  status: 'off',
  own: 0,
  notesLeftOut: 0,
  entriesLeftOut: 0,
  synced: 0,
  bytes: 0,
  repaired: 0,
};

export function problemOf(error: unknown): SyncProblem {
  const text = String((error as { message?: unknown })?.message ?? error);
  if (/WRITE_OPERATIONS/.test(text)) return 'rate';
  if (/QUOTA_BYTES|MAX_ITEMS|kQuotaBytes|kMaxItems|quota/i.test(text)) return 'quota';
  return 'failed';
}

/** Removes every favorites shard from sync; the settings and the favorites here stay. */
export async function removeSyncedFavorites(sync: SyncArea): Promise<void> {
  const keys = Object.keys(await sync.get(null)).filter((key) => key.startsWith(SHARD_PREFIX));
  if (keys.length > 0) await sync.remove(keys);
}

export interface FavoritesSync {
  getState(): SyncState;
  subscribe(listener: () => void): () => void;
  /** Runs a pass now (or after the one under way). */
  pass(): Promise<void>;
  /** A local change: a pass after the burst settles. */
  changed(): void;
  /** Stops: no pass starts any more (the switch turned off, the page closing). */
  dispose(): void;
}

export function createFavoritesSync(deps: SyncDeps): FavoritesSync {
  let state: SyncState = { ...EMPTY_SYNC, status: 'syncing' };
  const listeners = new Set<() => void>();
  const set = (next: Partial<SyncState>) => {
    state = { ...state, ...next };
    for (const listener of listeners) listener();
  };
  let db: Promise<FavoritesDb> | undefined;
  const database = () => {
    db ??= deps.open().catch((error) => {
      db = undefined;
      throw error;
    });
    return db;
  };
  // One pass at a time in a page; a change during a pass asks for one more after it.
  let running: Promise<void> | undefined;
  let again = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let disposed = false;

  const onePass = async () => {
    set({ status: 'syncing' });
    const connection = await database();
    const items = await deps.sync.get(null);
    const shards = Object.fromEntries(Object.entries(items).filter(([key]) => key.startsWith(SHARD_PREFIX)));
    const { record: remote, problems } = decodeItems(shards);
    const { favorites, merged } = await applyToDatabase(connection, remote);
    const encoded = encodeRecord(merged, SHARDS_BUDGET);
    const newer = problems.some((problem) => problem.kind === 'newer-version');
    const figures = {
      own: favorites.filter((favorite) => !deps.syncs(favorite.lessonId)).length,
      notesLeftOut: encoded.notesLeftOut.length,
      entriesLeftOut: encoded.entriesLeftOut.length,
      synced: Object.values(merged).filter(isPresent).length - encoded.entriesLeftOut.length,
      bytes: Object.entries(encoded.items).reduce((sum, [key, value]) => sum + itemBytes(key, value), 0),
    };
    // Written only when it tells sync something new (or repairs a damaged shard): two devices
    // that each keep what does not fit never rewrite the same shard in turn.
    const damagedKeys = problems
      .filter((problem) => problem.kind === 'corrupt')
      .map((problem) => problem.key);
    const news = addsTo(remote, decodeItems(encoded.items).record) || damagedKeys.length > 0;
    const { set: toSet, remove } = news ? shardChanges(shards, encoded.items) : { set: {}, remove: [] };
    // A removal marker sync can no longer hold is forgotten here too, or devices rewrite it in turn.
    if (encoded.removalsLeftOut.length > 0) await forget(connection, encoded.removalsLeftOut);
    if (Object.keys(toSet).length > 0) await deps.sync.set(toSet);
    if (remove.length > 0) await deps.sync.remove(remove);
    // A damaged shard is written again by this pass (or removed); a newer one is left alone.
    const repaired = damagedKeys.filter((key) => key in toSet || remove.includes(key)).length;
    const problem: SyncProblem | undefined = newer
      ? 'newer-version'
      : repaired < damagedKeys.length
        ? 'corrupt'
        : undefined;
    set({ ...figures, repaired, status: problem ? 'error' : 'ok', problem, syncedAt: deps.now() });
  };

  /**
   * The merge, read and put into the database in one transaction over the favorites and their
   * removal markers: a removal made on this device is never seen without its marker.
   */
  const applyToDatabase = async (connection: FavoritesDb, remote: SyncRecord) => {
    const tx = connection.transaction(['favorites', 'removals'], 'readwrite');
    const store = tx.objectStore('favorites');
    const marks = tx.objectStore('removals');
    const work = async () => {
      const [favorites, removals] = await Promise.all([store.getAll(), marks.getAll()]);
      const merged = merge(localRecord(favorites, removals, deps.syncs), remote);
      const changes = databaseChanges(favorites, merged, deps.snapshotOf);
      await Promise.all([
        ...changes.put.map((favorite) => store.put(favorite)),
        ...changes.remove.map((id) => store.delete(id)),
        ...changes.removals.map((removal) => marks.put(removal)),
      ]);
      const gone = new Set(changes.remove);
      const byId = new Map(favorites.filter((f) => !gone.has(f.lessonId)).map((f) => [f.lessonId, f]));
      for (const favorite of changes.put) byId.set(favorite.lessonId, favorite);
      return { favorites: [...byId.values()] as Favorite[], merged, changed: changes.put.length + gone.size };
    };
    const [result] = await Promise.all([work(), tx.done]);
    if (result.changed > 0) deps.announce();
    return result;
  };

  const forget = async (connection: FavoritesDb, ids: readonly string[]) => {
    const tx = connection.transaction('removals', 'readwrite');
    await Promise.all([...ids.map((id) => tx.store.delete(id)), tx.done]);
  };

  const pass = (): Promise<void> => {
    if (disposed) return Promise.resolve();
    if (running) {
      again = true;
      return running;
    }
    // One pass at a time across pages: the next reads what this one wrote, finds nothing new
    // and writes nothing, so N open tabs cost one write, not N.
    running = oneAtATime('lesson-tab:favorites-sync', onePass)
      .catch((error) => set({ status: 'error', problem: problemOf(error) }))
      .finally(() => {
        running = undefined;
        if (again) {
          again = false;
          void pass();
        }
      });
    return running;
  };

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    pass,
    changed() {
      clearTimeout(timer);
      timer = setTimeout(() => void pass(), deps.burstMs ?? 1_000);
    },
    dispose() {
      disposed = true;
      clearTimeout(timer);
    },
  };
}
