import { describe, expect, it } from 'vitest';
import {
  dealNewTab,
  next as draw,
  fitToDeck,
  markShown,
  newCycle,
  parseRotation,
  RECENT_LIMIT,
  type RotationState,
  roundOf,
  shownIds,
  shuffle,
  upcoming,
} from '../../../utils/rotation/cycle';
import v1 from '../../fixtures/rotation-v1.json';
import v2 from '../../fixtures/rotation-v2.json';
import { seeded } from './seeded';

const deck = Array.from({ length: 12 }, (_, i) => `card-${i}`);

function drawMany(count: number, random = seeded(1), start?: RotationState) {
  let state = start;
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const result = draw(state, deck, random);
    state = result.state;
    ids.push(result.id as string);
  }
  return { ids, state: state as RotationState };
}

describe('shuffle', () => {
  it('keeps every item exactly once and leaves the input alone', () => {
    const input = [...deck];
    const out = shuffle(input, seeded(7));
    expect(out.toSorted()).toEqual(deck.toSorted());
    expect(input).toEqual(deck);
  });
});

describe('next', () => {
  it.each([1, 2, 3, 42])('shows every card once before any repeats (seed %i)', (seed) => {
    const { ids } = drawMany(deck.length, seeded(seed));
    expect(new Set(ids).size).toBe(deck.length);
  });

  it('reshuffles when the cycle is used up, without showing the last card twice in a row', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const { ids } = drawMany(deck.length * 3, seeded(seed));
      for (let i = 1; i < ids.length; i++) expect(ids[i]).not.toBe(ids[i - 1]);
      for (let cycle = 0; cycle < 3; cycle++) {
        expect(new Set(ids.slice(cycle * deck.length, (cycle + 1) * deck.length)).size).toBe(deck.length);
      }
    }
  });

  it('uses a new order for the next cycle', () => {
    const { ids } = drawMany(deck.length * 2, seeded(5));
    expect(ids.slice(deck.length)).not.toEqual(ids.slice(0, deck.length));
  });

  it('keeps the most recent ids for going back, capped', () => {
    const { ids, state } = drawMany(RECENT_LIMIT + 10);
    expect(state.recent).toEqual(ids.slice(-RECENT_LIMIT));
  });

  it('shows nothing from an empty deck', () => {
    expect(draw(undefined, [], seeded(1)).id).toBeUndefined();
  });

  it('works with a one-card deck', () => {
    const first = draw(undefined, ['only'], seeded(1));
    const second = draw(first.state, ['only'], seeded(1));
    expect([first.id, second.id]).toEqual(['only', 'only']);
  });
});

describe('the cycle counter', () => {
  it('starts at 1 and counts one more each time the deck is used up', () => {
    expect(roundOf(drawMany(1).state)).toBe(1);
    expect(roundOf(drawMany(deck.length).state)).toBe(1);
    expect(drawMany(deck.length).state.round).toBeUndefined();
    expect(roundOf(drawMany(deck.length + 1).state)).toBe(2);
    expect(roundOf(drawMany(deck.length * 3).state)).toBe(3);
    expect(roundOf(drawMany(deck.length * 3 + 1).state)).toBe(4);
  });

  it('goes on from a state kept without it, as cycle 1', () => {
    const { state } = drawMany(deck.length);
    const old: RotationState = { cycle: state.cycle, shown: state.shown, recent: state.recent };
    expect(roundOf(draw(old, deck, seeded(2)).state)).toBe(2);
  });

  it('is kept through a deck change and a card shown elsewhere', () => {
    const { state } = drawMany(deck.length + 2);
    expect(fitToDeck(state, deck.slice(0, 8), seeded(3)).round).toBe(2);
    expect(markShown(state, ['card-11']).round).toBe(2);
  });
});

describe('shownIds', () => {
  it('lists this cycle’s shown part and the recent cards, the end of the cycle before among them', () => {
    const { state } = drawMany(deck.length + 2);
    expect(shownIds(state).toSorted()).toEqual(
      [...new Set([...state.cycle.slice(0, 2), ...state.recent])].toSorted(),
    );
    expect(shownIds(state)).toContain(state.recent.at(-3));
  });
});

describe('fitToDeck', () => {
  it('keeps what was shown and deals new cards into the rest of the cycle', () => {
    const { ids, state } = drawMany(5);
    const grown = [...deck, 'new-a', 'new-b'];
    const fitted = fitToDeck(state, grown, seeded(3));
    expect(fitted.cycle.slice(0, 5)).toEqual(ids);
    expect(fitted.cycle.toSorted()).toEqual(grown.toSorted());
  });

  it('drops removed cards, shown or not', () => {
    const { state } = drawMany(5);
    const smaller = deck.filter((id) => id !== state.cycle[0] && id !== state.cycle[8]);
    const fitted = fitToDeck(state, smaller, seeded(3));
    expect(fitted.shown).toBe(4);
    expect(fitted.cycle.toSorted()).toEqual(smaller.toSorted());
  });

  it('returns the same state when the deck has not changed', () => {
    const { state } = drawMany(5);
    expect(fitToDeck(state, deck, seeded(3))).toBe(state);
  });
});

describe('newCycle', () => {
  it('never starts with the card just shown', () => {
    for (let seed = 1; seed <= 300; seed++)
      expect(newCycle(deck, seeded(seed), 'card-3')[0]).not.toBe('card-3');
  });
});

describe('parseRotation', () => {
  it('round-trips a state through JSON', () => {
    const { state } = drawMany(7);
    expect(parseRotation(JSON.parse(JSON.stringify(state)))).toEqual(state);
  });

  it('reads states kept before the cycle counter as cycle 1: 0.1.0’s and version 2’s', () => {
    const fromV1 = parseRotation(v1.local.rotation);
    expect(fromV1?.shown).toBe(3);
    expect(fromV1?.round).toBeUndefined();
    expect(roundOf(fromV1)).toBe(1);
    const fromV2 = parseRotation(JSON.parse(v2.localStorage['lesson-tab:rotation']).state);
    expect(fromV2).toEqual(JSON.parse(v2.localStorage['lesson-tab:rotation']).state);
    expect(roundOf(fromV2)).toBe(1);
  });

  it('keeps a cycle counter, and drops one that is not a count', () => {
    const state = { cycle: ['a', 'b'], shown: 1, recent: ['a'] };
    expect(parseRotation({ ...state, round: 3 })?.round).toBe(3);
    for (const round of [0, -2, 1.5, '3', null, Number.NaN])
      expect(parseRotation({ ...state, round })).toEqual(state);
  });

  it.each([
    null,
    'text',
    42,
    {},
    { cycle: 'a,b', shown: 0, recent: [] },
    { cycle: ['a', 'b'], shown: 3, recent: [] },
    { cycle: ['a', 'b'], shown: -1, recent: [] },
    { cycle: ['a', 'b'], shown: 0.5, recent: [] },
    { cycle: ['a', 'a'], shown: 0, recent: [] },
    { cycle: ['a', 2], shown: 0, recent: [] },
    { cycle: ['a'], shown: 0, recent: [null] },
  ])('rejects %j', (value) => {
    expect(parseRotation(value)).toBeUndefined();
  });
});

describe('dealNewTab', () => {
  const day = (iso: string) => ({ mode: 'daily' as const, now: Date.parse(iso), timeZone: 'Europe/Paris' });

  it('deals on every tab in every-tab mode', () => {
    const first = dealNewTab(undefined, deck, seeded(1), { mode: 'every-tab', now: 0 });
    const second = dealNewTab(first.state, deck, seeded(1), { mode: 'every-tab', now: 1 });
    expect(second.id).not.toBe(first.id);
  });

  it('starts a first cycle on the welcome card, and only a first one', () => {
    const first = dealNewTab(undefined, deck, seeded(1), { mode: 'every-tab', now: 0 }, 'card-7');
    expect(first.id).toBe('card-7');
    const later = dealNewTab(first.state, deck, seeded(1), { mode: 'every-tab', now: 1 }, 'card-7');
    expect(later.id).not.toBe('card-7');
  });

  it('shows the same lesson all day, and a new one after local midnight', () => {
    const morning = dealNewTab(undefined, deck, seeded(2), day('2026-11-21T08:00:00+01:00'));
    const evening = dealNewTab(morning.state, deck, seeded(2), day('2026-11-21T23:59:00+01:00'));
    expect(evening).toEqual({ id: morning.id, state: morning.state });
    const tomorrow = dealNewTab(evening.state, deck, seeded(2), day('2026-11-22T00:01:00+01:00'));
    expect(tomorrow.id).not.toBe(morning.id);
  });

  it('keeps the lesson of the day when Next deals other cards', () => {
    const morning = dealNewTab(undefined, deck, seeded(3), day('2026-11-21T08:00:00+01:00'));
    const afterNext = draw(morning.state, deck, seeded(3)).state;
    expect(dealNewTab(afterNext, deck, seeded(3), day('2026-11-21T09:00:00+01:00')).id).toBe(morning.id);
  });

  it('deals anew when the lesson of the period is no longer in the deck', () => {
    const first = dealNewTab(undefined, deck, seeded(4), { mode: 'hourly', now: 0 });
    const smaller = deck.filter((id) => id !== first.id);
    const again = dealNewTab(first.state, smaller, seeded(4), { mode: 'hourly', now: 1000 });
    expect(smaller).toContain(again.id);
  });

  it('keeps an hourly lesson for an hour', () => {
    const first = dealNewTab(undefined, deck, seeded(5), { mode: 'hourly', now: 0 });
    expect(dealNewTab(first.state, deck, seeded(5), { mode: 'hourly', now: 3_599_999 }).id).toBe(first.id);
    expect(dealNewTab(first.state, deck, seeded(5), { mode: 'hourly', now: 3_600_000 }).id).not.toBe(
      first.id,
    );
  });

  it.each([
    ['daily', 'back a day', -86_400_000],
    ['daily', 'forward a year', 365 * 86_400_000],
    ['hourly', 'back a day', -86_400_000],
    ['hourly', 'forward a year', 365 * 86_400_000],
  ] as const)(
    'survives a clock that jumps %s… %s: one new card, then the same one again',
    (mode, _jump, by) => {
      const start = Date.parse('2026-11-21T10:00:00Z');
      const options = (now: number) => ({ mode, now, timeZone: 'Europe/Paris' });
      const before = dealNewTab(undefined, deck, seeded(6), options(start));
      const jumped = dealNewTab(before.state, deck, seeded(6), options(start + by));
      const ids = [jumped.id];
      let state = jumped.state;
      // Tabs opened over the next minutes of the new time all show the card of the new period.
      for (let minute = 1; minute <= 20; minute++) {
        const tab = dealNewTab(state, deck, seeded(minute), options(start + by + minute * 60_000));
        state = tab.state;
        ids.push(tab.id);
      }
      expect(new Set(ids).size).toBe(1);
      expect(state.shown).toBe(2);
    },
  );
});

describe('markShown', () => {
  it('counts cards shown elsewhere, so they do not come round again in this cycle', () => {
    let state = markShown({ cycle: [], shown: 0, recent: [] }, ['card-4']);
    const ids = ['card-4'];
    for (let i = 1; i < deck.length; i++) {
      const drawn = draw(state, deck, seeded(i));
      state = drawn.state;
      ids.push(drawn.id as string);
    }
    expect(new Set(ids).size).toBe(deck.length);
  });

  it('moves an unshown card into the shown part and records it last', () => {
    const { state } = drawMany(3);
    const later = state.cycle[9] as string;
    const marked = markShown(state, [later]);
    expect(marked.shown).toBe(4);
    expect(marked.cycle.slice(0, 4)).toContain(later);
    expect(marked.recent.at(-1)).toBe(later);
  });
});

describe('upcoming', () => {
  it('lists the next cards of the cycle, and the period card in hourly and daily modes', () => {
    const { state } = dealNewTab(undefined, deck, seeded(8), { mode: 'daily', now: 0 });
    expect(upcoming(state, 'every-tab', 2)).toEqual(state.cycle.slice(1, 3));
    expect(upcoming(state, 'daily', 2)).toEqual([state.period?.id, ...state.cycle.slice(1, 3)]);
  });
});

describe('the card just shown', () => {
  it('is never dealt again next, even when a deck change put it back in the cycle', () => {
    const first = dealNewTab(undefined, deck, seeded(9), { mode: 'daily', now: 0, timeZone: 'UTC' });
    const onScreen = first.id as string;
    const reshuffled: RotationState = {
      ...first.state,
      cycle: [onScreen, ...deck.filter((id) => id !== onScreen)],
      shown: 0,
    };
    expect(draw(reshuffled, deck, seeded(10)).id).not.toBe(onScreen);
  });
});

describe('a preferred card (one whose frame is kept)', () => {
  const deck = Array.from({ length: 20 }, (_, i) => `card-${i}`);

  it('is dealt first while one is unshown, and the cycle still shows every card once', () => {
    const random = seeded(7);
    let state: RotationState | undefined;
    const seen: string[] = [];
    for (let i = 0; i < deck.length; i++) {
      const framed = new Set(['card-3', 'card-17']);
      const dealt = dealNewTab(state, deck, random, {
        mode: 'every-tab',
        now: i,
        prefer: (id) => framed.has(id),
      });
      state = dealt.state;
      seen.push(dealt.id as string);
    }
    expect(seen.slice(0, 2).toSorted()).toEqual(['card-17', 'card-3']);
    expect(seen.toSorted()).toEqual(deck.toSorted());
  });

  it('is never one already shown this cycle', () => {
    const random = seeded(3);
    const first = dealNewTab(undefined, deck, random, { mode: 'every-tab', now: 0 });
    const again = dealNewTab(first.state, deck, random, {
      mode: 'every-tab',
      now: 1,
      prefer: (id) => id === first.id,
    });
    expect(again.id).not.toBe(first.id);
  });
});
