/**
 * One synced favorite as JSON, made small because the whole of sync holds 100 KB. Times are whole
 * milliseconds in base 36 (8 characters until 2059): strings, because Chrome counts a number past
 * 2^31 with a ".0" added, and milliseconds, because seconds would make a removal and an undo
 * within the same second a tie.
 *
 *   "mjf3k2a1"                       saved at that time
 *   "mjf3k2a1.mjf4aaaa"              saved, then removed (a removal marker)
 *   ["mjf3k2a1", "Tried it…", "mjf3kb00"]   with its note and the note's time
 *   ["mjf3k2a1", "Tried it…"]        a note with no time (from an old favorites file)
 *   ["mjf3k2a1", null, "mjf3kb00"]   the note cleared at that time
 * Pure.
 */
import type { SyncEntry } from './sync-record';

export type WireEntry = string | [string, string | null] | [string, string | null, string];

/** The entry as written: its times, and its note unless `withNote` is false (it did not fit). */
export function entryToWire(entry: SyncEntry, withNote = true): WireEntry {
  let times = time36(entry.savedAt);
  if (entry.removedAt !== undefined) times += `.${time36(entry.removedAt)}`;
  if (!withNote || !hasNoteInfo(entry)) return times;
  const note = entry.note ?? null;
  return entry.noteAt === undefined ? [times, note] : [times, note, time36(entry.noteAt)];
}

/** A note, or the time a note was cleared: what a device needs to agree on the note. */
export function hasNoteInfo(entry: SyncEntry): boolean {
  return entry.note !== undefined || entry.noteAt !== undefined;
}

/** The entry read back, or undefined for anything entryToWire never writes. */
export function entryFromWire(value: unknown): SyncEntry | undefined {
  if (typeof value === 'string') return parseTimes(value);
  if (!Array.isArray(value) || value.length < 2 || value.length > 3) return undefined;
  const [times, note, noteAt] = value as unknown[];
  const entry = typeof times === 'string' ? parseTimes(times) : undefined;
  if (!entry || (note !== null && typeof note !== 'string')) return undefined;
  if (note !== null) entry.note = note;
  if (value.length === 3) {
    const at = typeof noteAt === 'string' ? parseTime(noteAt) : undefined;
    if (at === undefined) return undefined;
    entry.noteAt = at;
  } else if (note === null) return undefined;
  return entry;
}

/** Whole, non-negative milliseconds: what Date.now() gives; anything else is rounded into it. */
function time36(ms: number): string {
  return (Number.isFinite(ms) ? Math.max(0, Math.round(ms)) : 0).toString(36);
}

function parseTimes(text: string): SyncEntry | undefined {
  const [saved, removed, ...rest] = text.split('.');
  const savedAt = parseTime(saved);
  if (savedAt === undefined || rest.length > 0) return undefined;
  if (removed === undefined) return { savedAt };
  const removedAt = parseTime(removed);
  return removedAt === undefined ? undefined : { savedAt, removedAt };
}

function parseTime(text: string | undefined): number | undefined {
  if (text === undefined || !/^[0-9a-z]{1,11}$/.test(text)) return undefined;
  const ms = Number.parseInt(text, 36);
  return Number.isSafeInteger(ms) ? ms : undefined;
}
