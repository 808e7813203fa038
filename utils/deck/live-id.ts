import { RETIRED } from '../../data/retired';

const retired = new Map(Object.entries(RETIRED));

/** The id a card goes by now: a retired card's is the one it was merged into. */
export function liveId(id: string): string {
  return retired.get(id) ?? id;
}

/**
 * Of the favorites (newest first) standing for card `id`, the one saved first: a card favorited
 * before and after it took in a retired one has two, and a note edit never changes which counts.
 */
export function favoriteOfCard<T extends { lessonId: string }>(
  favorites: readonly T[],
  id: string,
): T | undefined {
  return favorites.filter((favorite) => liveId(favorite.lessonId) === id).at(-1);
}

/** One favorite per card (the one favoriteOfCard picks), each under the id its card goes by now. */
export function liveFavorites<T extends { lessonId: string }>(favorites: readonly T[]): T[] {
  const byCard = new Map<string, T>();
  for (const favorite of favorites) {
    const id = liveId(favorite.lessonId);
    byCard.set(id, { ...favorite, lessonId: id });
  }
  return [...byCard.values()];
}
