import { describe, expect, it } from 'vitest';
import { searchFavorites } from '../../../utils/favorites/favorites-search';
import { sampleFavorite } from './favorites-test-kit';

const quoted = {
  ...sampleFavorite('q'),
  snapshot: { ...sampleFavorite('q').snapshot, quote: 'La PERSÉVÉRANCE gagne', speaker: 'Michel Dupuy' },
};
const noted = { ...sampleFavorite('n'), note: 'Read before the board meeting' };
const all = [quoted, noted, sampleFavorite('plain')];

describe('searchFavorites', () => {
  it.each([
    ['', ['q', 'n', 'plain']],
    ['perseverance', ['q']],
    ['dupuy', ['q']],
    ['board meeting', ['n']],
    ['title plain', ['plain']],
    ['failure', ['q', 'n', 'plain']],
    ['an article', ['q', 'n', 'plain']],
    ['zzz', []],
  ])('“%s” finds %j', (query, ids) => {
    expect(searchFavorites(all, query).map((f) => f.lessonId)).toEqual(ids);
  });
});
