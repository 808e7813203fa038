/**
 * How this device's favorites meet the synced record. Pure: the database's favorites and the
 * removal markers in, the record to sync and the changes to make to the database out.
 */
import type { Favorite, FavoriteSnapshot, Removal } from '../favorites/favorites-db';
import { mergeRecords } from './sync-merge';
import { isPresent, type SyncEntry, type SyncRecord } from './sync-record';

/**
 * This device's record: its favorites, and the removal markers of those it removed. One brought
 * back by an import or a restore counts as saved when it came back. A favorite of the user's own
 * lessons stays out (`syncs` says no): another device could not show it, and an empty card must
 * never appear there.
 */
export function localRecord(
  favorites: readonly Favorite[],
  removals: readonly Removal[],
  syncs: (lessonId: string) => boolean,
): SyncRecord {
  const record: Record<string, SyncEntry> = {};
  const marks = new Map(removals.map((removal) => [removal.lessonId, removal]));
  // A removed favorite's note goes with it (cleared as of the removal).
  for (const { lessonId, removedAt } of removals)
    if (syncs(lessonId)) record[lessonId] = { savedAt: 0, removedAt, noteAt: removedAt };
  for (const { lessonId, savedAt, note, noteAt } of favorites) {
    if (!syncs(lessonId)) continue;
    const mark = marks.get(lessonId);
    record[lessonId] = {
      savedAt: Math.max(savedAt, mark?.readdedAt ?? savedAt),
      ...(mark && { removedAt: mark.removedAt }),
      ...(note !== undefined && { note }),
      // A note from before the removal is not this favorite's any more.
      ...((noteAt ?? mark?.removedAt) !== undefined && { noteAt: noteAt ?? mark?.removedAt }),
    };
  }
  return record;
}

export interface DatabaseChanges {
  /** Favorites to add, or to update with a newer note. */
  put: Favorite[];
  /** Favorites removed on another device since they were saved here. */
  remove: string[];
  /** Removal markers to keep here: another device's removals of favorites this one had. */
  removals: Removal[];
}

/**
 * What the merged record asks of the database. A favorite is added only when our deck can show it
 * (`snapshotOf`): an id this version does not know (a newer deck's) stays in sync, untouched.
 */
export function databaseChanges(
  favorites: readonly Favorite[],
  merged: SyncRecord,
  snapshotOf: (lessonId: string) => FavoriteSnapshot | undefined,
): DatabaseChanges {
  const here = new Map(favorites.map((favorite) => [favorite.lessonId, favorite]));
  const changes: DatabaseChanges = { put: [], remove: [], removals: [] };
  for (const [id, entry] of Object.entries(merged)) {
    const favorite = here.get(id);
    if (!isPresent(entry)) {
      if (favorite) {
        changes.remove.push(id);
        changes.removals.push({ lessonId: id, removedAt: entry.removedAt ?? 0 });
      }
      continue;
    }
    const note = entry.note !== undefined ? { note: entry.note, noteAt: entry.noteAt } : {};
    if (!favorite) {
      const snapshot = snapshotOf(id);
      if (snapshot) changes.put.push({ lessonId: id, savedAt: entry.savedAt, snapshot, ...note });
    } else if ((entry.noteAt ?? -1) > (favorite.noteAt ?? -1)) {
      const { note: _old, noteAt: _at, ...rest } = favorite;
      changes.put.push({ ...rest, ...note, ...(entry.note === undefined && { noteAt: entry.noteAt }) });
    }
  }
  return changes;
}

/** The two records merged (re-exported here so the engine reads as one story). */
export const merge = mergeRecords;
