/**
 * A favorite's personal note ("Tried it on Monday: …"): its limit, how it is tidied when saved,
 * and a favorite with its note set. Pure.
 */
import type { Favorite } from './favorites-db';

/** In UTF-16 code units, as a textarea's maxlength and String#length count. */
export const NOTE_MAX = 1000;

/**
 * The note as it is saved: trailing whitespace dropped (a pause after a space or a new line must
 * not keep them), capped at NOTE_MAX without splitting a character, and nothing as no note.
 */
export function cleanNote(text: string): string | undefined {
  let note = text.trimEnd();
  if (note.length > NOTE_MAX) {
    note = note.slice(0, NOTE_MAX);
    // Half of a surrogate pair is not a character: drop it rather than store it.
    if (/[\uD800-\uDBFF]$/.test(note)) note = note.slice(0, -1);
    note = note.trimEnd();
  }
  return note === '' ? undefined : note;
}

/**
 * The favorite with `note` as its note, changed `at` (ms). A cleared note keeps its time: sync
 * must know it was cleared after the note another browser still holds.
 */
export function withNote(favorite: Favorite, note: string | undefined, at: number): Favorite {
  const { note: _note, noteAt: _noteAt, ...rest } = favorite;
  return note === undefined ? { ...rest, noteAt: at } : { ...rest, note, noteAt: at };
}
