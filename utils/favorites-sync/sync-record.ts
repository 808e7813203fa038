/**
 * The favorites as they travel through the browser's sync: by lesson id, when each was saved and
 * removed, and its note. IndexedDB stays the store of record; this is the compact copy. Pure.
 */

/** One favorite as synced, by lesson id. Times are ms since the epoch. */
export interface SyncEntry {
  savedAt: number;
  /** A removal marker, so a favorite deleted on one device does not come back from another. */
  removedAt?: number;
  note?: string;
  /** When the note was last written; with no `note`, when it was cleared. */
  noteAt?: number;
}

export type SyncRecord = Readonly<Record<string, SyncEntry>>;

/** Saved after (or without) its removal: a removal wins a tie. */
export function isPresent(entry: SyncEntry): boolean {
  return entry.removedAt === undefined || entry.savedAt > entry.removedAt;
}
