import { describe, expect, it } from 'vitest';
import type { DomTree } from '../../utils/dom-tree';
import { FRAMES_KEY, frameKey, readFrames, showFirstFrame, writeFrames } from '../../utils/first-frame';
import { peekSlot, type Slot, setAside } from '../../utils/next-lesson';
import { DEFAULT_SETTINGS, type Settings } from '../../utils/settings';
import { memory } from './memory-slot';

const card = (id: string): DomTree[] => [['article', { 'data-lesson-id': id }, ['h1', {}, `Card ${id}`]]];
const RELEASE = '1.0.0';
const KEY = frameKey(DEFAULT_SETTINGS, 'en', RELEASE);
const welcome = { id: 'w', tree: card('w') };
const options = (slot: Slot, settings: Settings = DEFAULT_SETTINGS) => ({
  settings,
  lang: 'en' as const,
  release: RELEASE,
  now: 1000,
  random: () => 0,
  welcome,
  slot,
});

describe('showFirstFrame', () => {
  it('starts a fresh profile on the welcome frame, and claims it as shown', () => {
    const slot = memory();
    const root = document.createElement('div');
    expect(showFirstFrame(root, options(slot))).toBe('w');
    expect(root.querySelector('h1')?.textContent).toBe('Card w');
    // Claimed: the next tab does not get the first tab's pick.
    expect(showFirstFrame(document.createElement('div'), options(slot))).toBeUndefined();
  });

  it('draws the card set aside from the frame kept for it, once', () => {
    const slot = memory();
    showFirstFrame(document.createElement('div'), options(slot));
    setAside('b', undefined, slot);
    writeFrames(KEY, [{ id: 'b', tree: card('b') }], slot);
    const root = document.createElement('div');
    expect(showFirstFrame(root, options(slot))).toBe('b');
    expect(root.textContent).toBe('Card b');
    expect(peekSlot(slot).next).toBeUndefined();
  });

  it('leaves the card to the app when its frame is missing or was made for other settings', () => {
    const slot = memory();
    showFirstFrame(document.createElement('div'), options(slot));
    setAside('b', undefined, slot);
    writeFrames(KEY, [{ id: 'c', tree: card('c') }], slot);
    const root = document.createElement('div');
    expect(showFirstFrame(root, options(slot))).toBeUndefined();
    writeFrames(
      frameKey({ ...DEFAULT_SETTINGS, themes: ['failure'] }, 'en', RELEASE),
      [{ id: 'b', tree: card('b') }],
      slot,
    );
    expect(showFirstFrame(root, options(slot))).toBeUndefined();
    expect(
      showFirstFrame(root, options(slot, { ...DEFAULT_SETTINGS, lessonsFrom: 'favorites' })),
    ).toBeUndefined();
    // Untouched: the app claims it.
    expect(peekSlot(slot).next).toBe('b');
    expect(root.childNodes).toHaveLength(0);
  });

  it('keeps the period’s card in daily mode, and never shows another in its place', () => {
    const slot = memory();
    const daily = { ...DEFAULT_SETTINGS, rotation: 'daily' as const };
    const key = frameKey(daily, 'en', RELEASE);
    showFirstFrame(document.createElement('div'), options(slot, daily));
    setAside('next', { id: 'today', at: 900 }, slot);
    writeFrames(key, [{ id: 'next', tree: card('next') }], slot);
    expect(showFirstFrame(document.createElement('div'), options(slot, daily))).toBeUndefined();
    writeFrames(key, [{ id: 'today', tree: card('today') }], slot);
    expect(showFirstFrame(document.createElement('div'), options(slot, daily))).toBe('today');
  });

  it('ignores frames that are damaged or from another version', () => {
    const slot = memory();
    slot.setItem(FRAMES_KEY, '{not json');
    expect(readFrames(KEY, slot)).toEqual([]);
    slot.setItem(
      FRAMES_KEY,
      JSON.stringify({ version: 1, key: KEY, frames: [{ id: 'x', tree: [['p', { a: 1 }]] }] }),
    );
    expect(readFrames(KEY, slot)).toEqual([]);
    slot.setItem(
      FRAMES_KEY,
      JSON.stringify({ version: 99, key: KEY, frames: [{ id: 'x', tree: card('x') }] }),
    );
    expect(readFrames(KEY, slot)).toEqual([]);
    expect(frameKey(DEFAULT_SETTINGS, 'en', '1.0.1')).not.toBe(KEY);
  });
});
