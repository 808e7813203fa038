import type { Favorite } from './favorites-db';

/** Lower case without accents, so "perseverance" finds "PERSÉVÉRANCE". */
const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** A test of texts against a query: every word of it in one of them, any case, any accents. */
export function matchesQuery(query: string): (texts: readonly (string | undefined)[]) => boolean {
  const words = fold(query).split(/\s+/).filter(Boolean);
  return (texts) => {
    const haystack = fold(texts.filter(Boolean).join('\n'));
    return words.every((word) => haystack.includes(word));
  };
}

/** Favorites whose card text contains every word of the query, in any field. */
export function searchFavorites(favorites: readonly Favorite[], query: string): Favorite[] {
  const matches = matchesQuery(query);
  return favorites.filter(({ snapshot, note }) =>
    matches([
      snapshot.title,
      snapshot.body,
      snapshot.tryThis,
      snapshot.quote,
      snapshot.speaker,
      snapshot.source,
      note,
      ...snapshot.themes,
    ]),
  );
}
