import { describe, expect, it, vi } from 'vitest';
import {
  currentRotation,
  dealForNewTab,
  dealNext,
  FAST_KEY,
  keepRotation,
  ROTATION_VERSION,
  readSeenEver,
  type StorageArea,
} from '../../../utils/rotation/rotation-store';
import v1 from '../../fixtures/rotation-v1.json';
import v2 from '../../fixtures/rotation-v2.json';
import { broken, memory } from '../first-frame/memory-slot';
import { seeded } from './seeded';

const deck = Array.from({ length: 43 }, (_, i) => `card-${i}`);
const everyTab = (now = 0) => ({ mode: 'every-tab' as const, now });

/** storage.local as a plain object, with its writes counted. */
function area(initial: Record<string, unknown> = {}): StorageArea & { data: Record<string, unknown> } {
  const data = structuredClone(initial);
  return {
    data,
    get: vi.fn(async (key: string) => (key in data ? { [key]: structuredClone(data[key]) } : {})),
    set: vi.fn(async (items: Record<string, unknown>) => void Object.assign(data, structuredClone(items))),
  };
}

describe('the rotation state', () => {
  it('never gives two tabs of one burst the same card within a cycle (50 tabs)', () => {
    const slot = memory();
    const big = Array.from({ length: 60 }, (_, i) => `card-${i}`);
    const ids = Array.from({ length: 50 }, (_, i) => dealForNewTab(slot, big, seeded(i), everyTab(1000)).id);
    expect(new Set(ids).size).toBe(50);
  });

  it('shows every card once per cycle, reshuffling without starting on the card just shown', () => {
    const slot = memory();
    const ids = Array.from(
      { length: deck.length * 3 },
      (_, i) => dealForNewTab(slot, deck, seeded(i), everyTab(i)).id,
    );
    for (let cycle = 0; cycle < 3; cycle++)
      expect(new Set(ids.slice(cycle * deck.length, (cycle + 1) * deck.length)).size).toBe(deck.length);
    for (let i = 1; i < ids.length; i++) expect(ids[i]).not.toBe(ids[i - 1]);
  });

  it('has recorded a card as soon as it is dealt: a tab closed at once loses nothing', () => {
    const slot = memory();
    const { id } = dealForNewTab(slot, deck, seeded(1), everyTab());
    // The tab closes before its app ever loads: the next tab already knows the card was shown.
    expect(currentRotation(slot)?.recent).toEqual([id]);
    const next = dealForNewTab(slot, deck, seeded(2), everyTab(1));
    expect(next.id).not.toBe(id);
  });

  it('shares one state between new tabs and Next', () => {
    const slot = memory();
    const first = dealForNewTab(slot, deck, seeded(1), everyTab());
    const second = dealNext(slot, deck, seeded(2));
    const third = dealForNewTab(slot, deck, seeded(3), everyTab(1));
    expect(new Set([first.id, second.id, third.id]).size).toBe(3);
    expect(currentRotation(slot)?.recent).toEqual([first.id, second.id, third.id]);
  });

  it('still deals a card when localStorage throws (nothing is kept then)', () => {
    expect(deck).toContain(dealForNewTab(broken(), deck, seeded(1), everyTab()).id);
    expect(deck).toContain(dealNext(undefined, deck, seeded(1)).id);
  });

  it('starts again from a damaged fast copy', () => {
    const slot = memory();
    slot.setItem(FAST_KEY, '{"version":2,"state":{"cycle":"oops"');
    expect(deck).toContain(dealForNewTab(slot, deck, seeded(1), everyTab()).id);
  });
});

describe('keepRotation (after paint)', () => {
  it('writes the durable copy from the fast one, and never the other way round', async () => {
    const slot = memory();
    const storage = area();
    dealForNewTab(slot, deck, seeded(1), everyTab());
    await keepRotation(slot, storage);
    const kept = currentRotation(slot);
    expect(storage.data.rotation).toEqual({ version: ROTATION_VERSION, ...kept, seen: kept?.recent });
    // An older durable copy does not replace a fast copy that is in use.
    dealForNewTab(slot, deck, seeded(2), everyTab(1));
    const fast = currentRotation(slot);
    await keepRotation(slot, area({ rotation: { version: ROTATION_VERSION, ...kept } }));
    expect(currentRotation(slot)).toEqual(fast);
  });

  it('restores a lost fast copy from the durable one, counting the cards dealt meanwhile', async () => {
    const slot = memory();
    const storage = area();
    const before = Array.from({ length: 10 }, (_, i) => dealForNewTab(slot, deck, seeded(i), everyTab(i)).id);
    await keepRotation(slot, storage);
    // Site data cleared: the fast copy is gone; two tabs deal before one restores.
    slot.data.clear();
    const meanwhile = [
      dealForNewTab(slot, deck, seeded(20), everyTab(20)).id,
      dealForNewTab(slot, deck, seeded(21), everyTab(21)).id,
    ];
    await keepRotation(slot, storage);
    const restored = currentRotation(slot);
    expect(restored?.recent.slice(-12)).toEqual([...before, ...meanwhile]);
    // The rest of the cycle holds none of them.
    const rest = Array.from(
      { length: deck.length - 12 },
      (_, i) => dealForNewTab(slot, deck, seeded(30 + i), everyTab(30 + i)).id,
    );
    expect(new Set([...before, ...rest]).size).toBe(before.length + rest.length);
  });

  it('keeps working when storage.local fails', async () => {
    const slot = memory();
    const failing = {
      get: vi.fn(async () => Promise.reject(new Error('broken'))),
      set: vi.fn(async () => Promise.reject(new Error('broken'))),
    };
    dealForNewTab(slot, deck, seeded(1), everyTab());
    await expect(keepRotation(slot, failing)).rejects.toThrow('broken');
    expect(deck).toContain(dealForNewTab(slot, deck, seeded(2), everyTab(1)).id);
  });

  it('upgrades 0.1.0’s rotation: the card set aside goes back, cards still pending count as shown', async () => {
    const slot = memory();
    for (const [key, value] of Object.entries(v1.localStorage)) slot.setItem(key, value);
    const storage = area(v1.local);
    const cards = v1.local.rotation.cycle;
    // The first tab of the new version deals before its app has read the durable copy.
    const first = dealForNewTab(slot, cards, seeded(1), everyTab(1763700002000)).id as string;
    await keepRotation(slot, storage);
    const state = currentRotation(slot);
    expect(state?.recent).toEqual(['card-0', 'card-1', 'card-5', first]);
    expect(Object.keys(Object.fromEntries(slot.data))).toEqual([FAST_KEY]);
    // The rest of the cycle: every card not yet shown, the one once set aside among them.
    const shownBefore = new Set(['card-0', 'card-1', 'card-5', first]);
    const rest = Array.from(
      { length: cards.length - shownBefore.size },
      (_, i) => dealForNewTab(slot, cards, seeded(i), everyTab(1763700003000 + i)).id,
    );
    expect(rest.toSorted()).toEqual(cards.filter((id) => !shownBefore.has(id)).toSorted());
  });
});

describe('the cards ever seen (durable copy only)', () => {
  const tabsKept = async (
    slot: ReturnType<typeof memory>,
    storage: StorageArea,
    from: number,
    count: number,
  ) => {
    const ids: string[] = [];
    for (let i = from; i < from + count; i++) {
      ids.push(dealForNewTab(slot, deck, seeded(i), everyTab(i)).id as string);
      await keepRotation(slot, storage);
    }
    return ids;
  };

  it('grows with every tab kept, across cycles, and never enters the fast copy', async () => {
    const slot = memory();
    const storage = area();
    const first = await tabsKept(slot, storage, 0, 10);
    expect(await readSeenEver(storage)).toEqual(first);
    await tabsKept(slot, storage, 10, deck.length + 5);
    expect(currentRotation(slot)?.round).toBe(2);
    expect((await readSeenEver(storage)).toSorted()).toEqual(deck.toSorted());
    expect(slot.data.get(FAST_KEY)).not.toContain('seen');
  });

  it('misses no card when many tabs cross into a new cycle before one is kept', async () => {
    const slot = memory();
    const storage = area();
    await tabsKept(slot, storage, 0, 1);
    // A burst: the rest of the cycle and the start of the next, kept only at the end.
    for (let i = 1; i < deck.length + 3; i++) dealForNewTab(slot, deck, seeded(i), everyTab(i));
    await keepRotation(slot, storage);
    expect((await readSeenEver(storage)).toSorted()).toEqual(deck.toSorted());
  });

  it('adds to the list kept before, never replaces it', async () => {
    const slot = memory();
    const storage = area({
      rotation: { version: ROTATION_VERSION, cycle: [], shown: 0, recent: [], seen: ['old'] },
    });
    const ids = await tabsKept(slot, storage, 0, 2);
    expect(await readSeenEver(storage)).toEqual(['old', ...ids]);
  });

  it('starts from today’s copies (version 2, no list yet) with the cards they know were shown', async () => {
    const slot = memory();
    for (const [key, value] of Object.entries(v2.localStorage)) slot.setItem(key, value);
    const storage = area(v2.local);
    expect(await readSeenEver(storage)).toEqual([]);
    await keepRotation(slot, storage);
    // The fast copy is the one in use: it is kept as it was, and its shown part and recent cards listed.
    expect(currentRotation(slot)).toEqual(JSON.parse(v2.localStorage[FAST_KEY]).state);
    expect((await readSeenEver(storage)).toSorted()).toEqual(['card-0', 'card-1', 'card-2', 'card-7']);
  });

  it('reads a damaged list as what it holds of ids, and no copy as none', async () => {
    expect(await readSeenEver(area())).toEqual([]);
    expect(await readSeenEver(area({ rotation: { seen: 'card-1' } }))).toEqual([]);
    expect(await readSeenEver(area({ rotation: { seen: ['card-1', 2, null] } }))).toEqual(['card-1']);
  });
});
