/**
 * The synced record as `storage.sync` items, within Chrome's and Firefox's quotas. Pure.
 *
 * Layout: up to SHARD_COUNT items `favorites:0` … `favorites:63`, each
 *   { "v": 1, "e": { "<lesson id>": <entry, as in sync-entry-codec.ts>, … } }
 * A lesson id always lands in the same shard (a hash of the id), so saving, removing or noting
 * one favorite rewrites one item; a shard with nothing in it is not kept. 64 shards leave each
 * about 1.6 KB at a full 100 KB, far under the 8 KB an item may hold, so a shard is full before
 * the whole only when chance puts many long notes in it (a shard holds ~7 of 1,000 characters).
 * 64 items, and one write a change, leave the item count and write rates to the caller's batching.
 *
 * What does not fit stays local and is reported. The parts of the record are taken in order of
 * importance, each kept if its shard stays within 8,192 bytes and all shards within `budget`:
 *  1. favorites, oldest saved first: a new favorite never pushes out one already synced, and
 *     when sync is full the newest stay on this device (`entriesLeftOut`);
 *  2. removal markers, newest first: the oldest are forgotten first (`removalsLeftOut`), and a
 *     device that has not synced since that removal may bring the favorite back;
 *  3. notes, of present favorites before removed ones, shortest first: the longest notes stay
 *     local first (`notesLeftOut`; their favorite is synced without them).
 * A part that does not fit is skipped (a smaller one after it may still fit) and changes nothing
 * for the others, so a device holding a part that fits nowhere writes the same items as one
 * without it.
 *
 * Capacity of 100 KB (tests/utils/favorites-sync/sync-capacity.test.ts prints it): about 3,460
 * favorites without notes; with notes of 100, 300 and 1,000 characters, about 690, 290 and 96 in
 * English, 640, 260 and 85 in French (accents, ’ and narrow spaces take 2 or 3 bytes).
 */
import { entryFromWire, entryToWire, hasNoteInfo } from './sync-entry-codec';
import { isPresent, type SyncEntry, type SyncRecord } from './sync-record';

export const SYNC_LIMITS = {
  quotaBytes: 102_400,
  quotaBytesPerItem: 8_192,
  maxItems: 512,
  writesPerMinute: 120,
  writesPerHour: 1_800,
} as const;

/** Item keys 'favorites:0' …; nothing else in sync may start with it. */
export const SHARD_PREFIX = 'favorites:';
export const SYNC_VERSION = 1;
/** Part of version 1: another count would move ids between shards, and devices would disagree. */
export const SHARD_COUNT = 64;

const SHARD_KEYS = new Set(Array.from({ length: SHARD_COUNT }, (_, shard) => `${SHARD_PREFIX}${shard}`));

/** The shard item a lesson id belongs in: FNV-1a of its UTF-16 code units. */
export function shardKey(id: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193);
  return `${SHARD_PREFIX}${(hash >>> 0) % SHARD_COUNT}`;
}

/** Bytes an item costs in the quota, as Chrome counts it: the key's length plus its value's JSON in UTF-8. */
export function itemBytes(key: string, value: unknown): number {
  return utf8Bytes(key) + jsonBytes(value);
}

/**
 * The length of Chrome's JSON for a value (its base::JSONWriter), which Firefox's count never
 * exceeds: JSON.stringify's, plus ".0" on an integer Chrome keeps as a double (outside 32 bits).
 */
function jsonBytes(value: unknown): number {
  let doubles = 0;
  const json = JSON.stringify(value, (_key, v: unknown) => {
    if (typeof v === 'number' && Number.isInteger(v) && (v | 0) !== v && Math.abs(v) < 1e21) doubles++;
    return v;
  });
  return utf8Bytes(json ?? 'null', true) + 2 * doubles;
}

/**
 * UTF-8 bytes of a string; a lone surrogate becomes U+FFFD, as Chrome converts it. In JSON text,
 * Chrome also escapes "<" (\u003C) and U+2028/U+2029, which JSON.stringify leaves alone.
 */
function utf8Bytes(text: string, json = false): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += json && unit === 0x3c ? 6 : 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit < 0xdc00 && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += json && (unit === 0x2028 || unit === 0x2029) ? 6 : 3;
  }
  return bytes;
}

export interface Encoded {
  /** Every shard item to hold in sync (keys SHARD_PREFIX + n). */
  items: Record<string, unknown>;
  /** What did not fit: ids whose note was left out (the entry itself synced), … */
  notesLeftOut: string[];
  /** … ids of present favorites left out whole (they stay local), … */
  entriesLeftOut: string[];
  /** … and removal markers left out: forget them locally too, or devices rewrite them in turn. */
  removalsLeftOut: string[];
}

/** The bytes of an empty shard's value, `{"v":1,"e":{}}`. */
const SHELL_BYTES = jsonBytes({ v: SYNC_VERSION, e: {} });

/** `budget` is how many bytes of the sync area the shards may use in all (the rest holds the settings etc.). */
export function encodeRecord(record: SyncRecord, budget: number): Encoded {
  const all = Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const shardBytes = new Map<string, number>();
  /** The bytes of each kept id's `"id":value` in its shard. */
  const kept = new Map<string, number>();
  let total = 0;
  /** Keeps `id` in `bytes` (its `"id":value`) if its shard and the whole still fit. */
  const keep = (id: string, bytes: number): boolean => {
    const key = shardKey(id);
    const inShard = shardBytes.get(key) ?? 0;
    const already = kept.get(id);
    // A note replaces the entry's bare form; a first entry brings its shard; others a comma.
    const grows =
      already !== undefined
        ? bytes - already
        : inShard === 0
          ? utf8Bytes(key) + SHELL_BYTES + bytes
          : bytes + 1;
    if (inShard + grows > SYNC_LIMITS.quotaBytesPerItem || total + grows > budget) return false;
    shardBytes.set(key, inShard + grows);
    kept.set(id, bytes);
    total += grows;
    return true;
  };
  const keepBare = ([id, entry]: [string, SyncEntry]) => keep(id, pieceBytes(id, entryToWire(entry, false)));

  const present = all.filter(([, entry]) => isPresent(entry));
  const removed = all.filter(([, entry]) => !isPresent(entry));
  present.sort(([, a], [, b]) => a.savedAt - b.savedAt);
  removed.sort(([, a], [, b]) => (b.removedAt ?? 0) - (a.removedAt ?? 0));
  const entriesLeftOut = present.filter((pair) => !keepBare(pair)).map(([id]) => id);
  const removalsLeftOut = removed.filter((pair) => !keepBare(pair)).map(([id]) => id);

  const noted = all
    .filter(([id, entry]) => kept.has(id) && hasNoteInfo(entry))
    .map(([id, entry]) => ({
      id,
      present: isPresent(entry),
      bytes: pieceBytes(id, entryToWire(entry, true)),
    }))
    .map((note) => ({ ...note, cost: note.bytes - (kept.get(note.id) ?? 0) }))
    .sort((a, b) => Number(b.present) - Number(a.present) || a.cost - b.cost);
  const withNote = new Set<string>();
  const notesLeftOut: string[] = [];
  for (const { id, bytes } of noted) {
    if (keep(id, bytes)) withNote.add(id);
    else notesLeftOut.push(id);
  }

  const shards = new Map<string, [string, unknown][]>();
  for (const [id, entry] of all) {
    if (!kept.has(id)) continue;
    const key = shardKey(id);
    const entries = shards.get(key) ?? [];
    entries.push([id, entryToWire(entry, withNote.has(id))]);
    shards.set(key, entries);
  }
  const items: Record<string, unknown> = {};
  for (let shard = 0; shard < SHARD_COUNT; shard++) {
    const entries = shards.get(`${SHARD_PREFIX}${shard}`);
    if (entries) items[`${SHARD_PREFIX}${shard}`] = { v: SYNC_VERSION, e: Object.fromEntries(entries) };
  }
  return {
    items,
    notesLeftOut: notesLeftOut.sort(),
    entriesLeftOut: entriesLeftOut.sort(),
    removalsLeftOut: removalsLeftOut.sort(),
  };
}

/** The bytes of `"id":value` in a shard (ids and entries hold no numbers, so no doubles to count). */
function pieceBytes(id: string, wire: unknown): number {
  return utf8Bytes(JSON.stringify(id), true) + 1 + utf8Bytes(JSON.stringify(wire), true);
}

export type ShardProblem = { key: string; kind: 'corrupt' | 'newer-version' };

/**
 * The record the shard items hold (other keys are ignored). A shard from a newer version is not
 * read (`newer-version`: leave it alone); one that is not what encodeRecord writes is skipped
 * (`corrupt`: the next write of that shard repairs it).
 */
export function decodeItems(items: Record<string, unknown>): {
  record: SyncRecord;
  problems: ShardProblem[];
} {
  const record = new Map<string, SyncEntry>();
  const problems: ShardProblem[] = [];
  for (const [key, value] of Object.entries(items)) {
    if (!key.startsWith(SHARD_PREFIX)) continue;
    if (isNewerShard(value)) {
      problems.push({ key, kind: 'newer-version' });
      continue;
    }
    const entries = readShard(key, value);
    if (entries) for (const [id, entry] of entries) record.set(id, entry);
    else problems.push({ key, kind: 'corrupt' });
  }
  return { record: Object.fromEntries(record), problems };
}

function isNewerShard(value: unknown): boolean {
  return isObject(value) && typeof value.v === 'number' && value.v > SYNC_VERSION;
}

/** The shard's entries, or undefined if anything in it is not what we write. */
function readShard(key: string, value: unknown): [string, SyncEntry][] | undefined {
  if (!SHARD_KEYS.has(key) || !isObject(value) || value.v !== SYNC_VERSION || !isObject(value.e))
    return undefined;
  const entries: [string, SyncEntry][] = [];
  for (const [id, wire] of Object.entries(value.e)) {
    const entry = entryFromWire(wire);
    // An id in another shard than its own would linger there after its own shard changes.
    if (!entry || shardKey(id) !== key) return undefined;
    entries.push([id, entry]);
  }
  return entries;
}

/**
 * What to write to turn `current` (the shard items in sync now) into `wanted`: only the items that
 * differ, and the shard keys to remove. A shard of a newer version is neither set nor removed.
 */
export function shardChanges(
  current: Record<string, unknown>,
  wanted: Record<string, unknown>,
): { set: Record<string, unknown>; remove: string[] } {
  const set: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(wanted)) {
    const now = Object.hasOwn(current, key) ? current[key] : undefined;
    if (!isNewerShard(now) && !sameJson(now, value)) set[key] = value;
  }
  const remove = Object.keys(current).filter(
    (key) => key.startsWith(SHARD_PREFIX) && !Object.hasOwn(wanted, key) && !isNewerShard(current[key]),
  );
  return { set, remove };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Equal as JSON, whatever the order of the keys (Chrome hands objects back with sorted keys). */
function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const aKeys = Object.keys(a);
  const bRecord = b as Record<string, unknown>;
  return (
    aKeys.length === Object.keys(b).length &&
    aKeys.every((key) => Object.hasOwn(b, key) && sameJson((a as Record<string, unknown>)[key], bRecord[key]))
  );
}
