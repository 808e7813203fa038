import { describe, expect, it } from 'vitest';
import type { DeckIndex } from '../../../data/lesson';
import type { DomTree } from '../../../utils/first-frame/dom-tree';
import { deckIds, showFirstFrame } from '../../../utils/first-frame/first-frame';
import {
  dropChangedReturning,
  FRAMES_KEY,
  frameKey,
  readFrame,
  returningStamp,
  writeFrames,
} from '../../../utils/first-frame/frames';
import type { Slot } from '../../../utils/first-frame/local-json';
import { currentRotation } from '../../../utils/rotation/rotation-store';
import { DEFAULT_SETTINGS, type Settings } from '../../../utils/settings/settings';
import { broken, memory } from './memory-slot';

const card = (id: string): DomTree[] => [['article', { 'data-lesson-id': id }, ['h1', {}, `Card ${id}`]]];
const BUILD = '1.0.0+a';
const KEY = frameKey(DEFAULT_SETTINGS, 'en', BUILD);
const DECK: DeckIndex = [
  ['w', ['failure']],
  ['b', ['customers']],
  ['c', ['failure', 'vision']],
];
const welcome = { id: 'w', tree: card('w') };
const options = (slot: Slot | undefined, settings: Settings = DEFAULT_SETTINGS, now = 1000) => ({
  slot,
  settings,
  lang: 'en' as const,
  build: BUILD,
  deck: DECK,
  mine: () => [],
  hidden: () => new Set<string>(),
  now,
  random: () => 0,
  welcome,
  welcomeKey: KEY,
});
const show = (slot: Slot | undefined, settings?: Settings, now?: number) => {
  const root = document.createElement('div');
  const id = showFirstFrame(root, options(slot, settings, now));
  return { id, root, drawn: root.textContent };
};

describe('showFirstFrame', () => {
  it('starts a fresh profile on the welcome card, drawn from the welcome frame', () => {
    const slot = memory();
    const { id, root, drawn } = show(slot);
    expect([id, drawn, root.dataset.dealt]).toEqual(['w', 'Card w', 'w']);
    expect(currentRotation(slot)?.recent).toEqual(['w']);
  });

  it('deals each tab its own card, and draws it when its frame is kept', () => {
    const slot = memory();
    show(slot);
    const next = currentRotation(slot)?.cycle[1] as string;
    writeFrames(slot, KEY, [{ id: next, tree: card(next) }]);
    expect(show(slot)).toMatchObject({ id: next, drawn: `Card ${next}` });
    // The third card has no frame: it is dealt all the same, and left for the app to draw.
    const third = show(slot);
    expect(third.id).not.toBe(next);
    expect(third.drawn).toBe('');
    expect(third.root.dataset.dealt).toBe(third.id);
  });

  it('never draws a frame made for other settings, another build, or another card', () => {
    const slot = memory();
    show(slot);
    const next = currentRotation(slot)?.cycle[1] as string;
    writeFrames(slot, frameKey({ ...DEFAULT_SETTINGS, themes: ['failure'] }, 'en', BUILD), [
      { id: next, tree: card(next) },
    ]);
    expect(show(slot).drawn).toBe('');
    const after = currentRotation(slot)?.cycle[2] as string;
    writeFrames(slot, frameKey(DEFAULT_SETTINGS, 'en', '1.0.0+b'), [{ id: after, tree: card(after) }]);
    expect(show(slot).drawn).toBe('');
    // A frame stored under the dealt id but showing another card.
    const slot2 = memory();
    show(slot2);
    const dealtNext = currentRotation(slot2)?.cycle[1] as string;
    writeFrames(slot2, KEY, [{ id: dealtNext, tree: card('someone-else') }]);
    expect(show(slot2).drawn).toBe('');
  });

  it('keeps the period’s card in daily mode', () => {
    const slot = memory();
    const daily = { ...DEFAULT_SETTINGS, rotation: 'daily' as const };
    const first = show(slot, daily, Date.parse('2026-11-21T09:00:00Z'));
    expect(show(slot, daily, Date.parse('2026-11-21T10:00:00Z')).id).toBe(first.id);
  });

  it('leaves "favorites only" to the app, dealing nothing', () => {
    const slot = memory();
    const { id, root } = show(slot, { ...DEFAULT_SETTINGS, lessonsFrom: 'favorites' });
    expect(id).toBeUndefined();
    expect(root.dataset.dealt).toBeUndefined();
    expect(currentRotation(slot)).toBeUndefined();
  });

  it('deals from the themes chosen, and says so when none is left', () => {
    expect(deckIds(DECK, ['vision'], new Set())).toEqual(['c']);
    const { id, root } = show(memory(), { ...DEFAULT_SETTINGS, themes: [] });
    expect(id).toBeUndefined();
    expect(root.dataset.dealt).toBe('');
  });

  it('still deals a card with localStorage throwing', () => {
    const { id, root } = show(broken());
    expect(['w', 'b', 'c']).toContain(id);
    expect(root.dataset.dealt).toBe(id);
  });

  it('ignores frames that are damaged or from another version', () => {
    const slot = memory();
    slot.setItem(FRAMES_KEY, '{not json');
    expect(readFrame(slot, KEY, 'x')).toBeUndefined();
    slot.setItem(
      FRAMES_KEY,
      JSON.stringify({ version: 2, key: KEY, frames: [{ id: 'x', tree: [['p', { a: '1' }]] }] }),
    );
    expect(readFrame(slot, KEY, 'x')).toBeUndefined();
    slot.setItem(
      FRAMES_KEY,
      JSON.stringify({ version: 99, key: KEY, frames: [{ id: 'x', tree: card('x') }] }),
    );
    expect(readFrame(slot, KEY, 'x')).toBeUndefined();
    slot.setItem(
      FRAMES_KEY,
      JSON.stringify({ version: 2, key: KEY, frames: [{ id: 'x', tree: card('x') }] }),
    );
    expect(readFrame(slot, KEY, 'x')).toEqual(card('x'));
  });
});

describe('dropChangedReturning', () => {
  const favorite = { savedAt: 5, noteAt: 7 };
  const kept = (slot: Slot) =>
    (JSON.parse(slot.getItem(FRAMES_KEY) ?? '{}').frames as { id: string; returning?: true }[]).map(
      (frame) => `${frame.id}${frame.returning ? ' (coming back)' : ''}`,
    );
  const keep = (slot: Slot) =>
    writeFrames(slot, KEY, [
      { id: 'b', tree: card('b') },
      { id: 'c', tree: card('c'), returning: true, favorite: returningStamp(favorite) },
    ]);

  it('keeps the frame of a favorite coming back while the favorite is as it was drawn', () => {
    const slot = memory();
    keep(slot);
    dropChangedReturning(slot, (id) => (id === 'c' ? returningStamp(favorite) : undefined));
    expect(kept(slot)).toEqual(['b', 'c (coming back)']);
  });

  it('drops it once its note changed, or it is no longer a favorite, and keeps the other frames', () => {
    for (const stampOf of [() => returningStamp({ ...favorite, noteAt: 8 }), () => undefined]) {
      const slot = memory();
      keep(slot);
      dropChangedReturning(slot, stampOf);
      expect(kept(slot)).toEqual(['b']);
    }
  });
});
