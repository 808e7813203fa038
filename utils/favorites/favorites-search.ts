import type { Favorite } from './favorites-db';

/** Lower case without accents, so "perseverance" finds "PERSÉVÉRANCE". */
const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** Favorites whose card text contains every word of the query, in any field. */
export function searchFavorites(favorites: readonly Favorite[], query: string): Favorite[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...favorites];
  return favorites.filter(({ snapshot, note }) => {
    const haystack = fold(
      [
        snapshot.title,
        snapshot.body,
        snapshot.tryThis,
        snapshot.quote,
        snapshot.speaker,
        snapshot.source,
        note,
        ...snapshot.themes,
      ]
        .filter(Boolean)
        .join('\n'),
    );
    return words.every((word) => haystack.includes(word));
  });
}
