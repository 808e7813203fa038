import type { Favorite } from './favorites-db';

export interface MergeResult {
  /** The favorites to write: the new ones and those the file has a newer copy or note of. */
  write: Favorite[];
  added: number;
  updated: number;
  skipped: number;
}

/**
 * Merges imported favorites into the saved ones by lesson id. The newer `savedAt` gives the card
 * (its snapshot and date) and the newer note wins on its own: an import never drops a note.
 */
export function mergeFavorites(saved: readonly Favorite[], incoming: readonly Favorite[]): MergeResult {
  const byId = new Map(saved.map((favorite) => [favorite.lessonId, favorite]));
  const result: MergeResult = { write: [], added: 0, updated: 0, skipped: 0 };
  for (const favorite of incoming) {
    const current = byId.get(favorite.lessonId);
    const merged = current ? mergeOne(current, favorite) : favorite;
    if (!current) result.added++;
    else if (merged !== current) result.updated++;
    else {
      result.skipped++;
      continue;
    }
    result.write.push(merged);
  }
  return result;
}

/** The saved favorite itself when the file has nothing newer for it. */
function mergeOne(current: Favorite, incoming: Favorite): Favorite {
  const card = incoming.savedAt > current.savedAt ? incoming : current;
  const words = newerNote(current, incoming);
  if (card === words) return card;
  const { note: _note, noteAt: _noteAt, ...rest } = card;
  if (words.note === undefined) return rest;
  return words.noteAt === undefined
    ? { ...rest, note: words.note }
    : { ...rest, note: words.note, noteAt: words.noteAt };
}

/**
 * Whose note to keep: a note over none; of two, the newer `noteAt`, a note without one counting
 * as the oldest; a tie keeps the saved one.
 */
function newerNote(current: Favorite, incoming: Favorite): Favorite {
  if (incoming.note === undefined) return current;
  if (current.note === undefined) return incoming;
  return (incoming.noteAt ?? Number.NEGATIVE_INFINITY) > (current.noteAt ?? Number.NEGATIVE_INFINITY)
    ? incoming
    : current;
}
