import { describe, expect, it } from 'vitest';
import {
  type CardThemes,
  cyclePlace,
  type ProgressInput,
  progress,
  seenEver,
  themeProgress,
  withoutHidden,
} from '../../../utils/progress/progress';
import { DAY, EMPTY_RESURFACE, FIRST_HALF_LIFE } from '../../../utils/resurfacing/schedule';
import type { RotationState } from '../../../utils/rotation/cycle';

const cards: CardThemes[] = [
  { id: 'a', themes: ['failure'] },
  { id: 'b', themes: ['failure', 'people'] },
  { id: 'c', themes: ['people'] },
  { id: 'd', themes: ['vision'] },
  { id: 'e', themes: ['vision', 'failure'] },
];
const ids = cards.map((card) => card.id);
const state = (cycle: string[], shown: number, extra: Partial<RotationState> = {}): RotationState => ({
  cycle,
  shown,
  recent: cycle.slice(0, shown),
  ...extra,
});
const NOW = Date.parse('2026-12-03T10:00:00Z');

describe('cyclePlace', () => {
  it.each([
    ['no rotation yet', undefined, ids, { seen: 0, total: 5, round: 1 }],
    ['two of five shown', state(['a', 'b', 'c', 'd', 'e'], 2), ids, { seen: 2, total: 5, round: 1 }],
    [
      'the third cycle',
      state(['e', 'd', 'c', 'b', 'a'], 4, { round: 3 }),
      ids,
      { seen: 4, total: 5, round: 3 },
    ],
    // "d" and "e" were filtered out since (a theme turned off): counted neither as seen nor in the deck.
    [
      'cards filtered out since',
      state(['d', 'a', 'e', 'b', 'c'], 3),
      ['a', 'b', 'c'],
      { seen: 1, total: 3, round: 1 },
    ],
    // "f" was added since: still to come in this cycle.
    [
      'a card added since',
      state(['a', 'b', 'c', 'd', 'e'], 5),
      [...ids, 'f'],
      { seen: 5, total: 6, round: 1 },
    ],
    ['an empty deck', state(['a'], 1, { round: 2 }), [], { seen: 0, total: 0, round: 2 }],
  ])('%s', (_name, rotation, deckIds, expected) => {
    expect(cyclePlace(rotation, deckIds)).toEqual(expected);
  });
});

describe('seenEver', () => {
  it('is the durable list with what the fast copy knows was shown since', () => {
    const rotation = state(['c', 'd', 'a', 'b', 'e'], 2, { recent: ['a', 'c', 'd'] });
    expect([...seenEver(rotation, ['a', 'b'])].toSorted()).toEqual(['a', 'b', 'c', 'd']);
    expect([...seenEver(undefined, ['a'])]).toEqual(['a']);
  });

  it('counts a retired card for the card that carries its lesson now', () => {
    expect(seenEver(undefined, ['hold-steady-in-the-storm'])).toEqual(
      new Set(['repair-the-roof-in-sunshine']),
    );
  });
});

describe('themeProgress', () => {
  it('counts per theme the cards seen and favorited, out of all of them', () => {
    expect(themeProgress(cards, new Set(['a', 'e', 'c']), ['b', 'x'])).toEqual([
      { theme: 'failure', cards: 3, seen: 2, favorited: 1 },
      { theme: 'vision', cards: 2, seen: 1, favorited: 0 },
      { theme: 'people', cards: 2, seen: 1, favorited: 1 },
    ]);
  });

  it('leaves hidden cards out', () => {
    expect(withoutHidden(cards, new Set(['a', 'd'])).map((card) => card.id)).toEqual(['b', 'c', 'e']);
  });
});

describe('progress', () => {
  const input: ProgressInput = {
    rotation: state(['a', 'b', 'c', 'd', 'e'], 3, { round: 2 }),
    seenBefore: ['d'],
    cards,
    deckIds: ['a', 'b', 'd', 'e'],
    favorites: [
      { lessonId: 'a', savedAt: NOW - 10 * DAY },
      { lessonId: 'c', savedAt: NOW },
      { lessonId: 'd', savedAt: NOW + 30 * DAY },
    ],
    resurface: EMPTY_RESURFACE,
    comeBack: 'sometimes',
    now: NOW,
  };

  it('puts the figures together: cycle, themes and favorites due within a week', () => {
    const result = progress(input);
    expect(result.cycle).toEqual({ seen: 2, total: 4, round: 2 });
    expect(result.themes.find((row) => row.theme === 'vision')).toEqual({
      theme: 'vision',
      cards: 2,
      seen: 1,
      favorited: 1,
    });
    // "a" is overdue, "c" is due in FIRST_HALF_LIFE (within the week), "d" only in a month.
    expect(FIRST_HALF_LIFE).toBeLessThan(7 * DAY);
    expect(result.dueThisWeek).toBe(2);
  });

  it('says favorites never come back when the setting says so, and nothing while they are unread', () => {
    expect(progress({ ...input, comeBack: 'never' }).dueThisWeek).toBe('never');
    expect(progress({ ...input, favorites: undefined }).dueThisWeek).toBeUndefined();
    expect(progress({ ...input, favorites: undefined }).themes.every((row) => row.favorited === 0)).toBe(
      true,
    );
  });
});
