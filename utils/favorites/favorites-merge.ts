import type { Favorite } from './favorites-db';

export interface MergeResult {
  /** The favorites to write: the new ones and those the file has a newer copy of. */
  write: Favorite[];
  added: number;
  updated: number;
  skipped: number;
}

/** Merges imported favorites into the saved ones by lesson id: the newer `savedAt` wins. */
export function mergeFavorites(saved: readonly Favorite[], incoming: readonly Favorite[]): MergeResult {
  const byId = new Map(saved.map((favorite) => [favorite.lessonId, favorite]));
  const result: MergeResult = { write: [], added: 0, updated: 0, skipped: 0 };
  for (const favorite of incoming) {
    const current = byId.get(favorite.lessonId);
    if (!current) result.added++;
    else if (favorite.savedAt > current.savedAt) result.updated++;
    else {
      result.skipped++;
      continue;
    }
    result.write.push(favorite);
  }
  return result;
}
