import { describe, expect, it } from 'vitest';
import type { Favorite } from '../../../utils/favorites/favorites-db';
import { mergeFavorites } from '../../../utils/favorites/favorites-merge';
import { sampleFavorite } from './favorites-test-kit';

const noted = (savedAt: number, note?: string, noteAt?: number): Favorite => {
  const favorite = sampleFavorite('a', savedAt);
  if (note !== undefined) favorite.note = note;
  if (noteAt !== undefined) favorite.noteAt = noteAt;
  return favorite;
};

describe('mergeFavorites', () => {
  it('adds new ones, takes a newer card, skips an older one', () => {
    const saved = [sampleFavorite('kept', 500), sampleFavorite('refreshed', 100)];
    const incoming = [
      sampleFavorite('kept', 400),
      sampleFavorite('refreshed', 200),
      sampleFavorite('new', 300),
    ];
    const result = mergeFavorites(saved, incoming);
    expect([result.added, result.updated, result.skipped]).toEqual([1, 1, 1]);
    expect(result.write).toEqual([sampleFavorite('refreshed', 200), sampleFavorite('new', 300)]);
  });

  it.each<[string, Favorite, Favorite, Favorite | undefined]>([
    ['the newer note wins', noted(1, 'here', 10), noted(1, 'file', 20), noted(1, 'file', 20)],
    ['an older note loses', noted(1, 'here', 20), noted(1, 'file', 10), undefined],
    ['a tie keeps the saved note', noted(1, 'here', 10), noted(1, 'file', 10), undefined],
    ['a note without a time is the oldest (in the file)', noted(1, 'here', 10), noted(1, 'file'), undefined],
    [
      'a note without a time is the oldest (here)',
      noted(1, 'here'),
      noted(1, 'file', 10),
      noted(1, 'file', 10),
    ],
    ['two notes without a time keep the saved one', noted(1, 'here'), noted(1, 'file'), undefined],
    ['a note in the file only is added', noted(1), noted(1, 'file', 10), noted(1, 'file', 10)],
    ['a note here only stays, the card from the file', noted(1, 'here', 10), noted(2), noted(2, 'here', 10)],
    [
      'a newer card keeps the newer note here',
      noted(1, 'here', 30),
      noted(2, 'file', 20),
      noted(2, 'here', 30),
    ],
    ['an older card brings its newer note', noted(2, 'here', 10), noted(1, 'file', 20), noted(2, 'file', 20)],
  ])('%s', (_name, saved, incoming, written) => {
    const result = mergeFavorites([saved], [incoming]);
    expect(result.write).toEqual(written ? [written] : []);
    expect([result.updated, result.skipped]).toEqual(written ? [1, 0] : [0, 1]);
  });
});
