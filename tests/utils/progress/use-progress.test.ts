import { act, renderHook, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DECK_INDEX } from '../../../data/deck-index';
import type { DeckCard } from '../../../utils/deck/deck-filter';
import { localSlot } from '../../../utils/first-frame/local-json';
import { type ProgressInputs, useProgress } from '../../../utils/progress/use-progress';
import { dealForNewTab, FAST_KEY, keepRotation } from '../../../utils/rotation/rotation-store';
import { DEFAULT_SETTINGS, type Settings } from '../../../utils/settings/settings';
import { seeded } from '../rotation/seeded';

const lessons: DeckCard[] = DECK_INDEX.map(([id, themes]) => ({ id, themes, source: 'surprising-advice' }));
const everyId = lessons.map((lesson) => lesson.id);
const settings: Settings = { ...DEFAULT_SETTINGS };
const inputs: ProgressInputs = { lessons, mine: [], settings, favorites: [] };

/** A new tab in another page: deals, paints, keeps the durable copy; this page hears the storage event. */
async function openTab(seed: number, deck = everyId) {
  dealForNewTab(localSlot(), deck, seeded(seed), { mode: 'every-tab', now: seed });
  await keepRotation(localSlot(), browser.storage.local);
  await act(() => {
    window.dispatchEvent(new StorageEvent('storage', { key: FAST_KEY }));
  });
}

describe('useProgress (the options page)', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    localStorage.clear();
  });

  it('starts from what is kept and follows the tabs opened elsewhere, without polling', async () => {
    await openTab(1);
    const { result } = renderHook(() => useProgress(inputs));
    expect(result.current.cycle).toEqual({ seen: 1, total: everyId.length, round: 1 });
    for (let seed = 2; seed <= everyId.length + 2; seed++) await openTab(seed);
    await waitFor(() => expect(result.current.cycle).toEqual({ seen: 2, total: everyId.length, round: 2 }));
    // Every card has been seen once: the durable list holds the first cycle.
    await waitFor(() => expect(result.current.themes.every((row) => row.seen === row.cards)).toBe(true));
  });

  it('remembers cards seen in earlier cycles, which the fast copy has forgotten', async () => {
    const many: DeckCard[] = Array.from({ length: 120 }, (_, i) => ({
      id: `card-${i}`,
      themes: ['vision'],
      source: 'surprising-advice',
    }));
    const ids = many.map((card) => card.id);
    for (let seed = 1; seed <= ids.length + 1; seed++) await openTab(seed, ids);
    const { result } = renderHook(() => useProgress({ ...inputs, lessons: many }));
    expect(result.current.cycle).toEqual({ seen: 1, total: 120, round: 2 });
    await waitFor(() =>
      expect(result.current.themes).toEqual([{ theme: 'vision', cards: 120, seen: 120, favorited: 0 }]),
    );
  });

  it('counts the cycle over the deck of the current settings, hidden cards left out', async () => {
    await openTab(1);
    const failure = lessons.filter((lesson) => lesson.themes.includes('failure'));
    const { result } = renderHook(() =>
      useProgress({
        ...inputs,
        settings: { ...settings, themes: ['failure'] },
        hiddenIds: new Set([failure[0]?.id as string]),
      }),
    );
    expect(result.current.cycle.total).toBe(failure.length - 1);
    expect(result.current.themes.find((row) => row.theme === 'failure')?.cards).toBe(failure.length - 1);
  });
});
