import { describe, expect, it } from 'vitest';
import {
  draw,
  drawForNewTab,
  fitToDeck,
  newCycle,
  parseRotationState,
  RECENT_LIMIT,
  type RotationState,
  reserve,
  showed,
  shuffle,
} from '../../utils/rotation';

/** A seeded generator (mulberry32), so every run sees the same "random" numbers. */
function seeded(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

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

describe('draw', () => {
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

describe('parseRotationState', () => {
  it('round-trips a state through JSON', () => {
    const { state } = drawMany(7);
    expect(parseRotationState(JSON.parse(JSON.stringify(state)))).toEqual(state);
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
    expect(parseRotationState(value)).toBeUndefined();
  });
});

describe('drawForNewTab', () => {
  const day = (iso: string) => ({ mode: 'daily' as const, now: Date.parse(iso), timeZone: 'Europe/Paris' });

  it('draws on every tab in every-tab mode', () => {
    const first = drawForNewTab(undefined, deck, seeded(1), { mode: 'every-tab', now: 0 });
    const second = drawForNewTab(first.state, deck, seeded(1), { mode: 'every-tab', now: 1 });
    expect(second.id).not.toBe(first.id);
    expect(second.changed).toBe(true);
  });

  it('shows the same lesson all day, and a new one after local midnight', () => {
    const morning = drawForNewTab(undefined, deck, seeded(2), day('2026-11-21T08:00:00+01:00'));
    const evening = drawForNewTab(morning.state, deck, seeded(2), day('2026-11-21T23:59:00+01:00'));
    expect(evening).toEqual({ id: morning.id, state: morning.state, changed: false });
    const tomorrow = drawForNewTab(evening.state, deck, seeded(2), day('2026-11-22T00:01:00+01:00'));
    expect(tomorrow.id).not.toBe(morning.id);
    expect(tomorrow.changed).toBe(true);
  });

  it('keeps the lesson of the day when Next draws other cards', () => {
    const morning = drawForNewTab(undefined, deck, seeded(3), day('2026-11-21T08:00:00+01:00'));
    const afterNext = draw(morning.state, deck, seeded(3)).state;
    expect(drawForNewTab(afterNext, deck, seeded(3), day('2026-11-21T09:00:00+01:00')).id).toBe(morning.id);
  });

  it('draws anew when the lesson of the period is no longer in the deck', () => {
    const first = drawForNewTab(undefined, deck, seeded(4), { mode: 'hourly', now: 0 });
    const smaller = deck.filter((id) => id !== first.id);
    const again = drawForNewTab(first.state, smaller, seeded(4), { mode: 'hourly', now: 1000 });
    expect(smaller).toContain(again.id);
  });

  it('keeps an hourly lesson for an hour', () => {
    const first = drawForNewTab(undefined, deck, seeded(5), { mode: 'hourly', now: 0 });
    expect(drawForNewTab(first.state, deck, seeded(5), { mode: 'hourly', now: 3_599_999 }).id).toBe(first.id);
    expect(drawForNewTab(first.state, deck, seeded(5), { mode: 'hourly', now: 3_600_000 }).id).not.toBe(
      first.id,
    );
  });
});

describe('reserve and showed', () => {
  it('sets aside the next card of the cycle, and keeps the same one until it is shown', () => {
    const first = reserve(undefined, deck, seeded(1));
    expect(first.state.reserved).toBe(first.id);
    expect(reserve(first.state, deck, seeded(2)).id).toBe(first.id);
    const afterShown = showed(first.state, first.id as string, 5);
    expect(afterShown.reserved).toBeUndefined();
    expect(afterShown.period).toEqual({ id: first.id, at: 5 });
    expect(reserve(afterShown, deck, seeded(3)).id).not.toBe(first.id);
  });

  it('counts a card shown before any cycle existed, so it does not come round again', () => {
    let state = showed({ cycle: [], shown: 0, recent: [] }, 'card-4', 1);
    const ids = ['card-4'];
    for (let i = 1; i < deck.length; i++) {
      const drawn = draw(state, deck, seeded(i));
      state = drawn.state;
      ids.push(drawn.id as string);
    }
    expect(new Set(ids).size).toBe(deck.length);
  });

  it('gives the reserved card to the next draw, once, whoever draws', () => {
    const { id: reserved, state } = reserve(undefined, deck, seeded(4));
    const ids: (string | undefined)[] = [];
    let current = state;
    for (let i = 0; i < deck.length; i++) {
      const drawn = draw(current, deck, seeded(i));
      current = drawn.state;
      ids.push(drawn.id);
    }
    expect(ids[0]).toBe(reserved);
    expect(new Set(ids).size).toBe(deck.length);
  });
});

describe('a reservation across the end of a cycle', () => {
  it('is shown before the new cycle begins', () => {
    let state: RotationState | undefined;
    const ids: string[] = [];
    for (let i = 0; i < deck.length - 1; i++) {
      const drawn = draw(state, deck, seeded(i));
      state = drawn.state;
      ids.push(drawn.id as string);
    }
    // The last card of the cycle is set aside; the tab meant for it draws the slow way.
    const { id: reserved, state: withReservation } = reserve(state, deck, seeded(7));
    const next = draw(withReservation, deck, seeded(8));
    expect(next.id).toBe(reserved);
    expect(new Set([...ids, next.id]).size).toBe(deck.length);
  });
});

describe('the card on screen', () => {
  it('is never dealt or handed over again, even when a deck change put it back in the cycle', () => {
    const first = drawForNewTab(undefined, deck, seeded(9), { mode: 'daily', now: 0, timeZone: 'UTC' });
    const onScreen = first.id as string;
    // A deck change put the card back among the unshown ones, and even set it aside.
    const reshuffled: RotationState = {
      ...first.state,
      cycle: [onScreen, ...deck.filter((id) => id !== onScreen)],
      shown: 0,
      reserved: onScreen,
    };
    const next = draw(reshuffled, deck, seeded(10));
    expect(next.id).not.toBe(onScreen);
    expect(next.state.reserved).toBeUndefined();
  });
});
