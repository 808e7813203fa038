/**
 * The merge of two synced records, by lesson id. Each field is its own "newest wins" register, so
 * the merge is commutative, associative and idempotent: devices that have seen the same changes
 * agree, in whatever order the changes arrived. Pure.
 */
import type { SyncEntry, SyncRecord } from './sync-record';

/**
 * Merges two records by lesson id: presence is last-writer-wins on max(savedAt, removedAt) (a
 * removal wins a tie), the note is last-writer-wins on noteAt (ties broken deterministically).
 * Commutative, associative, idempotent.
 */
export function mergeRecords(a: SyncRecord, b: SyncRecord): SyncRecord {
  const merged = new Map<string, SyncEntry>(Object.entries(a));
  for (const [id, entry] of Object.entries(b)) {
    const other = merged.get(id);
    merged.set(id, other ? mergeEntries(other, entry) : entry);
  }
  // fromEntries defines own properties, so even an id like `__proto__` stays an ordinary key.
  return Object.fromEntries(merged);
}

/**
 * Whether `b` holds anything `a` lacks, that is whether merging it in would change `a`. Written
 * shards that add nothing to what sync holds need not be written: two devices that each hold
 * something the other's encoding left out (a note too long to fit) would otherwise rewrite the
 * same shard in turn for ever.
 */
export function addsTo(a: SyncRecord, b: SyncRecord): boolean {
  return Object.entries(b).some(([id, entry]) => {
    const own = Object.hasOwn(a, id) ? a[id] : undefined;
    return own === undefined || !sameEntry(mergeEntries(own, entry), own);
  });
}

function sameEntry(a: SyncEntry, b: SyncEntry): boolean {
  return a.savedAt === b.savedAt && a.removedAt === b.removedAt && a.note === b.note && a.noteAt === b.noteAt;
}

/**
 * The newest save and the newest removal are kept apart: the favorite is present when the save
 * is newer (isPresent), which is last-writer-wins on the two times, a removal winning a tie.
 */
export function mergeEntries(a: SyncEntry, b: SyncEntry): SyncEntry {
  const entry: SyncEntry = { savedAt: Math.max(a.savedAt, b.savedAt) };
  const removedAt = maxDefined(a.removedAt, b.removedAt);
  if (removedAt !== undefined) entry.removedAt = removedAt;
  const words = newerNote(a, b);
  if (words.note !== undefined) entry.note = words.note;
  if (words.noteAt !== undefined) entry.noteAt = words.noteAt;
  return entry;
}

function maxDefined(a: number | undefined, b: number | undefined): number | undefined {
  if (a === undefined) return b;
  return b === undefined ? a : Math.max(a, b);
}

/**
 * Whose note: the newer `noteAt` (none counts as the oldest); on a tie a note over none (a
 * cleared note never hides one written at the same instant), then the greater string, so that
 * every device picks the same one.
 */
function newerNote(a: SyncEntry, b: SyncEntry): SyncEntry {
  const at = (entry: SyncEntry) => entry.noteAt ?? Number.NEGATIVE_INFINITY;
  if (at(a) !== at(b)) return at(a) > at(b) ? a : b;
  if (a.note === undefined || b.note === undefined) return a.note === undefined ? b : a;
  return a.note >= b.note ? a : b;
}
