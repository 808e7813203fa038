import { describe, expect, it } from 'vitest';
import { type Lesson, THEMES } from '../../../data/lesson';
import { LESSONS } from '../../../data/lessons';
import { filterDeck } from '../../../utils/deck/deck-filter';

const card = (id: string, themes: Lesson['themes']): Lesson => ({
  id,
  title: id,
  body: 'Body.',
  themes,
  source: 'surprising-advice',
});
const deck = [card('a', ['failure']), card('b', ['customers', 'vision']), card('c', ['vision'])];

describe('filterDeck', () => {
  it.each([
    [['failure'], ['a']],
    [['vision'], ['b', 'c']],
    [
      ['failure', 'customers'],
      ['a', 'b'],
    ],
    [[], []],
  ] as const)('themes %j → %j', (themes, ids) => {
    expect(filterDeck(deck, { themes: [...themes], lessonsFrom: 'all' })).toEqual(ids);
  });

  it('keeps only favorites when asked, still filtered by theme', () => {
    const favorites = new Set(['a', 'c']);
    expect(filterDeck(deck, { themes: ['vision', 'failure'], lessonsFrom: 'favorites' }, favorites)).toEqual([
      'a',
      'c',
    ]);
    expect(filterDeck(deck, { themes: ['vision'], lessonsFrom: 'favorites' }, favorites)).toEqual(['c']);
    expect(filterDeck(deck, { themes: ['vision'], lessonsFrom: 'favorites' })).toEqual([]);
  });

  it('shows the whole deck by default', () => {
    expect(filterDeck(LESSONS, { themes: [...THEMES], lessonsFrom: 'all' })).toHaveLength(LESSONS.length);
  });
});
