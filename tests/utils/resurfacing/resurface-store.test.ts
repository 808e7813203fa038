import { describe, expect, it } from 'vitest';
import type { DeckIndex } from '../../../data/lesson';
import type { DomTree } from '../../../utils/first-frame/dom-tree';
import { showFirstFrame } from '../../../utils/first-frame/first-frame';
import { frameKey, writeFrames } from '../../../utils/first-frame/frames';
import type { Slot } from '../../../utils/first-frame/local-json';
import {
  answerReturn,
  favoriteInstead,
  keepFavoriteTimes,
  keepResurface,
  parseStored,
  RESURFACE_KEY,
  readResurface,
  recordShownCard,
} from '../../../utils/resurfacing/resurface-store';
import { DAY, FIRST_HALF_LIFE } from '../../../utils/resurfacing/schedule';
import { currentRotation, type StorageArea } from '../../../utils/rotation/rotation-store';
import { DEFAULT_SETTINGS, type Settings } from '../../../utils/settings/settings';
import fixture from '../../fixtures/resurface-v1.json';
import { memory } from '../first-frame/memory-slot';

const NOW = Date.UTC(2026, 5, 1, 12);
const saved = (id: string, daysAgo: number) => ({ lessonId: id, savedAt: NOW - daysAgo * DAY });

function area(initial: Record<string, unknown> = {}): StorageArea & { data: Record<string, unknown> } {
  const data = { ...initial };
  return {
    data,
    get: async (key: string) => (key in data ? { [key]: structuredClone(data[key]) } : {}),
    set: async (items: Record<string, unknown>) => void Object.assign(data, structuredClone(items)),
  };
}

describe('the stored schedule', () => {
  it('reads the first version (fixture) as it is, and a newer or odd value as none', () => {
    const copy = parseStored(fixture);
    expect(copy?.favorites).toEqual(fixture.favorites);
    expect(copy?.state.entries['fail-fast-move-on']?.halfLife).toBe(4 * DAY);
    expect(copy?.state.lastWasFavorite).toBe(true);
    expect(parseStored({ ...fixture, version: 2 })).toBeUndefined();
    expect(parseStored('junk')).toBeUndefined();
    expect(parseStored({ version: 1, favorites: { a: 'yesterday', b: 5 }, state: 7 })).toEqual({
      state: { entries: {}, lastWasFavorite: false },
      favorites: { b: 5 },
    });
  });

  it('keeps the favorites for the first frame, and forgets the schedule of one removed', () => {
    const slot = memory();
    keepFavoriteTimes(slot, [saved('a', 5), saved('b', 1)]);
    recordShownCard(slot, 'a', true, { now: NOW });
    expect(readResurface(slot).state.entries.a).toBeDefined();
    keepFavoriteTimes(slot, [saved('b', 1)]);
    expect(readResurface(slot).favorites).toEqual({ b: NOW - DAY });
    expect(readResurface(slot).state.entries.a).toBeUndefined();
  });

  it('offers a due favorite in place of the next card, unless it was just shown, or never wanted', () => {
    const slot = memory();
    keepFavoriteTimes(slot, [saved('a', 3), saved('b', 1)]);
    const all = () => true;
    expect(favoriteInstead(readResurface(slot), 'sometimes', { now: NOW }, all)(undefined)).toBe('a');
    expect(favoriteInstead(readResurface(slot), 'sometimes', { now: NOW }, all)('a')).toBeUndefined();
    expect(favoriteInstead(readResurface(slot), 'never', { now: NOW }, all)(undefined)).toBeUndefined();
    expect(
      favoriteInstead(readResurface(slot), 'sometimes', { now: NOW }, (id) => id !== 'a')(undefined),
    ).toBeUndefined();
    // Often: due at a quarter of the way sooner, so one saved a day ago is due too.
    expect(favoriteInstead(readResurface(slot), 'often', { now: NOW }, (id) => id !== 'a')(undefined)).toBe(
      'b',
    );
  });

  it('records a return and the answer given to it', () => {
    const slot = memory();
    keepFavoriteTimes(slot, [saved('a', 3)]);
    recordShownCard(slot, 'a', true, { now: NOW });
    expect(readResurface(slot).state.lastWasFavorite).toBe(true);
    expect(readResurface(slot).state.entries.a?.halfLife).toBe(2 * FIRST_HALF_LIFE);
    answerReturn(slot, 'a', 'much-later');
    expect(readResurface(slot).state.entries.a?.halfLife).toBe(4 * FIRST_HALF_LIFE);
    recordShownCard(slot, 'x', false, { now: NOW + 1 });
    expect(readResurface(slot).state.lastWasFavorite).toBe(false);
  });

  it('restores a lost fast copy from the durable one, and keeps the durable one up to date', async () => {
    const slot = memory();
    const local = area({ resurface: fixture });
    await keepResurface(slot, local);
    expect(readResurface(slot).favorites).toEqual(fixture.favorites);
    keepFavoriteTimes(slot, [saved('z', 1)]);
    await keepResurface(slot, local);
    expect((local.data.resurface as { favorites: unknown }).favorites).toEqual({ z: NOW - DAY });
    // A damaged fast copy is a lost one.
    slot.setItem(RESURFACE_KEY, '{"version":1,');
    await keepResurface(slot, local);
    expect(readResurface(slot).favorites).toEqual({ z: NOW - DAY });
  });
});

describe('a favorite coming back on a new tab', () => {
  const DECK: DeckIndex = [
    ['a', ['failure']],
    ['b', ['customers']],
    ['c', ['vision']],
    ['d', ['vision']],
  ];
  const card = (id: string, text = `Card ${id}`): DomTree[] => [
    ['article', { 'data-lesson-id': id }, ['h1', {}, text]],
  ];
  const open = (slot: Slot, now = NOW, settings: Settings = DEFAULT_SETTINGS, hidden = new Set<string>()) => {
    const root = document.createElement('div');
    const id = showFirstFrame(root, {
      slot,
      settings,
      lang: 'en',
      build: 'b',
      deck: DECK,
      mine: () => [],
      hidden: () => hidden,
      now,
      random: () => 0,
      welcome: { id: 'a', tree: card('a') },
      welcomeKey: 'none',
    });
    return { id, returning: root.dataset.returning !== undefined, text: root.textContent };
  };

  it('takes the next card’s place, drawn from its own frame, and the cycle keeps that card for the tab after', () => {
    const slot = memory();
    open(slot);
    const next = currentRotation(slot)?.cycle[1];
    keepFavoriteTimes(slot, [saved('c', 3)]);
    writeFrames(slot, frameKey(DEFAULT_SETTINGS, 'en', 'b'), [
      { id: 'c', tree: card('c') },
      { id: 'c', tree: card('c', 'Card c, from your favorites'), returning: true },
    ]);
    expect(open(slot, NOW + 1)).toEqual({ id: 'c', returning: true, text: 'Card c, from your favorites' });
    // Never two in a row: the next tab deals the card the cycle had next.
    expect(open(slot, NOW + 2)).toMatchObject({
      id: next === 'c' ? expect.any(String) : next,
      returning: false,
    });
  });

  it('comes back whatever the themes chosen, but never once hidden, nor when favorites never come back', () => {
    const only = { ...DEFAULT_SETTINGS, themes: ['customers' as const] };
    const slot = memory();
    open(slot, NOW, only);
    keepFavoriteTimes(slot, [saved('c', 3)]);
    expect(open(slot, NOW + 1, { ...only, comeBack: 'never' })).toMatchObject({ id: 'b', returning: false });
    expect(open(slot, NOW + 2, only, new Set(['c']))).toMatchObject({ id: 'b', returning: false });
    expect(open(slot, NOW + 3, only)).toMatchObject({ id: 'c', returning: true });
  });

  it('comes back once a day at most, whatever the number of tabs', () => {
    const slot = memory();
    open(slot);
    keepFavoriteTimes(slot, [saved('c', 3)]);
    const returns = Array.from({ length: 20 }, (_, i) => open(slot, NOW + i * 1000)).filter(
      (tab) => tab.returning,
    );
    expect(returns.map((tab) => tab.id)).toEqual(['c']);
  });

  it('stays the day’s card in daily mode, shown as a favorite all day and counted once', () => {
    const daily = { ...DEFAULT_SETTINGS, rotation: 'daily' as const, themes: ['customers' as const] };
    const slot = memory();
    open(slot, NOW - DAY, daily);
    keepFavoriteTimes(slot, [saved('c', 3)]);
    expect(open(slot, NOW, daily)).toMatchObject({ id: 'c', returning: true });
    // Outside the themes chosen, yet the day's card until the day ends.
    expect(open(slot, NOW + 1000, daily)).toMatchObject({ id: 'c', returning: true });
    expect(readResurface(slot).state.day?.ids).toEqual(['c']);
    expect(readResurface(slot).state.entries.c?.halfLife).toBe(2 * FIRST_HALF_LIFE);
    expect(open(slot, NOW + DAY, daily)).toMatchObject({ id: 'b', returning: false });
  });
});
