import { describe, expect, it } from 'vitest';
import { forgetPending, pendingShown, quickLesson, type Slot, setAside } from '../../utils/next-lesson';
import { memory } from './memory-slot';

const deck = ['a', 'b', 'c'];
const everyTab = { mode: 'every-tab' as const, now: 1000 };
const first = () => 0; // "random" always picks the first card

describe('quickLesson', () => {
  it('lets the very first tab show any card at once, and only the first', () => {
    const slot = memory();
    expect(quickLesson(deck, everyTab, first, slot)).toBe('a');
    expect(quickLesson(deck, everyTab, first, slot)).toBeUndefined();
  });

  it('claims the card set aside, once: a second tab at the same moment finds none', () => {
    const slot = memory();
    quickLesson(deck, everyTab, first, slot);
    setAside('b', undefined, slot);
    expect(quickLesson(deck, everyTab, first, slot)).toBe('b');
    expect(quickLesson(deck, everyTab, first, slot)).toBeUndefined();
  });

  it('drops a card set aside that the deck no longer has', () => {
    const slot = memory();
    quickLesson(deck, everyTab, first, slot);
    setAside('gone', undefined, slot);
    expect(quickLesson(deck, everyTab, first, slot)).toBeUndefined();
  });

  it('keeps the period’s lesson in hourly and daily modes', () => {
    const slot = memory();
    setAside(undefined, { id: 'c', at: 0 }, slot);
    expect(quickLesson(deck, { mode: 'hourly', now: 60_000 }, first, slot)).toBe('c');
    expect(quickLesson(deck, { mode: 'hourly', now: 3_600_000 }, first, slot)).not.toBe('c');
  });

  it('reports what it showed, with stamps that never repeat, until the rotation has them', () => {
    const slot = memory();
    quickLesson(deck, everyTab, first, slot);
    setAside('b', undefined, slot);
    quickLesson(deck, everyTab, first, slot);
    const pending = pendingShown(slot);
    expect(pending.map((p) => p.id)).toEqual(['a', 'b']);
    expect(pending[1]?.at).toBeGreaterThan(pending[0]?.at as number);
    forgetPending(pending[0]?.at as number, slot);
    expect(pendingShown(slot).map((p) => p.id)).toEqual(['b']);
  });

  it('takes the slow way when localStorage refuses', () => {
    const refusing: Slot = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
      removeItem: () => undefined,
    };
    expect(quickLesson(deck, everyTab, first, refusing)).toBeUndefined();
  });
});
