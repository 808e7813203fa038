import { describe, expect, it } from 'vitest';
import { RETIRED } from '../../../data/retired';
import { favoriteOfCard, liveFavorites, liveId } from '../../../utils/deck/live-id';

const [retired, merged] = Object.entries(RETIRED)[0] as [string, string];

describe('a retired card’s id', () => {
  it('goes by the card it was merged into; any other id is its own', () => {
    expect(liveId(retired)).toBe(merged);
    expect(liveId(merged)).toBe(merged);
    expect(liveId('anything-else')).toBe('anything-else');
  });

  // Newest first, as the favorites store lists them.
  const favorites = [
    { lessonId: merged, savedAt: 3 },
    { lessonId: 'other', savedAt: 2 },
    { lessonId: retired, savedAt: 1, note: 'From before the merge.' },
  ];

  it('counts, of a card’s favorites, the one saved first, whichever has a note', () => {
    expect(favoriteOfCard(favorites, merged)).toBe(favorites[2]);
    expect(favoriteOfCard(favorites.slice(0, 2), merged)).toBe(favorites[0]);
    expect(favoriteOfCard(favorites, retired)).toBeUndefined();
  });

  it('gives one favorite per card, under the card’s id now, in the same order', () => {
    expect(liveFavorites(favorites)).toEqual([
      { lessonId: merged, savedAt: 1, note: 'From before the merge.' },
      { lessonId: 'other', savedAt: 2 },
    ]);
  });
});
