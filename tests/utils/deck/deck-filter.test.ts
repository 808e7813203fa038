import { describe, expect, it } from 'vitest';
import { type Lesson, THEMES } from '../../../data/lesson';
import { LESSONS } from '../../../data/lessons';
import { countThemes, emptyReason, filterDeck } from '../../../utils/deck/deck-filter';

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

  it('never deals a hidden card, in any mode', () => {
    const hidden = new Set(['b']);
    expect(filterDeck(deck, { themes: ['vision'], lessonsFrom: 'all' }, new Set(), hidden)).toEqual(['c']);
    expect(
      filterDeck(deck, { themes: ['vision'], lessonsFrom: 'favorites' }, new Set(['b', 'c']), hidden),
    ).toEqual(['c']);
    expect(
      filterDeck(deck, { themes: ['vision'], lessonsFrom: 'all' }, new Set(), new Set(['b', 'c'])),
    ).toEqual([]);
  });

  it('hides the card a retired id was merged into', () => {
    const ids = filterDeck(
      LESSONS,
      { themes: [...THEMES], lessonsFrom: 'all' },
      new Set(),
      new Set(['hold-steady-in-the-storm']),
    );
    expect(ids).not.toContain('repair-the-roof-in-sunshine');
    expect(ids).toHaveLength(LESSONS.length - 1);
  });
});

describe('countThemes', () => {
  it('counts each theme’s cards, the hidden left out', () => {
    expect(countThemes(deck)).toMatchObject({ failure: 1, customers: 1, vision: 2, passion: 0 });
    expect(countThemes(deck, new Set(['b']))).toMatchObject({ failure: 1, customers: 0, vision: 1 });
    expect(Object.keys(countThemes([]))).toEqual([...THEMES]);
  });
});

describe('emptyReason', () => {
  it.each([
    [[], 'all', 0, 'no-themes'],
    [[], 'all', 3, 'no-themes'],
    [['vision'], 'all', 2, 'all-hidden'],
    [['vision'], 'favorites', 1, 'all-hidden'],
    [['vision'], 'mine', 1, 'all-hidden'],
    [['vision'], 'favorites', 0, 'no-favorites'],
    [['vision'], 'mine', 0, 'no-own-lessons'],
    [['vision'], 'all', 0, 'no-themes'],
  ] as const)('themes %j, lessons from %s, %i hidden → %s', (themes, lessonsFrom, hiddenInDeck, reason) => {
    expect(emptyReason({ themes: [...themes], lessonsFrom }, hiddenInDeck)).toBe(reason);
  });
});
